using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>
/// The reasons a proposal cannot exist, each naming the rule and the numbers, so the coordinator
/// knows which constraint to relax. Only necessary conditions: the solver has the last word.
/// </summary>
internal static class ProposalFeasibility
{
    public static List<string> Problems(List<ProposalCandidate> eligible, ProposalConstraints constraints)
    {
        var problems = new List<string>();
        var size = constraints.GroupSize;
        var minSocial = constraints.MinimumFor(Sector.SocialAction);
        var minLocal = constraints.MinimumFor(Sector.LocalDevelopment);
        if (minSocial + minLocal > size)
        {
            problems.Add($"les minimums par secteur ({minLocal} développement local + {minSocial} action sociale) dépassent la taille du groupe ({size})");
        }

        var scoreNote = constraints.MinScore is { } min ? $" ayant au moins {SectorLabels.Score(min)} de score" : "";
        if (eligible.Count < size)
        {
            problems.Add($"seulement {eligible.Count} candidat·e·s{scoreNote} pour un groupe de {size}");
        }

        foreach (var (sector, minimum) in new[] { (Sector.SocialAction, minSocial), (Sector.LocalDevelopment, minLocal) })
        {
            var inSector = eligible.Where(c => c.Sector == sector).ToList();
            if (inSector.Count < minimum)
            {
                problems.Add($"seulement {inSector.Count} candidat·e·s {SectorLabels.Of(sector)}{scoreNote} pour un minimum de {minimum}");
            }
            else if (Places(inSector, constraints) < minimum)
            {
                problems.Add($"les plafonds par département et par organisation ne laissent que {Places(inSector, constraints)} places " +
                    $"{SectorLabels.Of(sector)} pour un minimum de {minimum}");
            }
        }

        if (eligible.Count >= size && Places(eligible, constraints) < size)
        {
            problems.Add(constraints.MaxPerDepartment is { } perDepartment
                ? $"avec au plus {perDepartment} personne(s) par département et {constraints.MaxPerOrganisation} par organisation, " +
                  $"seules {Places(eligible, constraints)} places peuvent être pourvues pour un groupe de {size}"
                : $"avec au plus {constraints.MaxPerOrganisation} personne(s) par organisation, " +
                  $"seules {Places(eligible, constraints)} places peuvent être pourvues pour un groupe de {size}");
        }

        return problems;
    }

    /// <summary>An upper limit on the seats the caps allow: each cap counted on its own.</summary>
    private static int Places(List<ProposalCandidate> candidates, ProposalConstraints constraints)
    {
        var byDepartment = candidates.GroupBy(c => c.Department)
            .Sum(g => Math.Min(g.Count(), constraints.MaxPerDepartment ?? int.MaxValue));
        var byOrganisation = candidates.GroupBy(c => GroupProposer.OrganisationKey(c.Organisation))
            .Sum(g => Math.Min(g.Count(), constraints.MaxPerOrganisation));
        return Math.Min(byDepartment, byOrganisation);
    }
}
