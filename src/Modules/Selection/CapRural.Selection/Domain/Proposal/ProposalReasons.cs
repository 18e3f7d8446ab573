using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>One plain-French sentence per person: why in, why out.</summary>
internal static class ProposalReasons
{
    public static ProposalResult Explain(
        List<ProposalCandidate> ranked, List<ProposalCandidate> eligible, HashSet<Guid> chosen, ProposalConstraints constraints)
    {
        var rank = ranked.Select((c, i) => (c.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank);
        var accepted = ranked.Where(c => chosen.Contains(c.Id)).ToList();
        var bySector = accepted.GroupBy(c => c.Sector).ToDictionary(g => g.Key, g => g.Count());
        var byDepartment = accepted.GroupBy(c => c.Department).ToDictionary(g => g.Key, g => g.Count());
        var byOrganisation = accepted.GroupBy(c => GroupProposer.OrganisationKey(c.Organisation)).ToDictionary(g => g.Key, g => g.Count());
        var rejected = eligible.Where(c => !chosen.Contains(c.Id)).ToList();

        bool Blocked(ProposalCandidate c) =>
            byDepartment.GetValueOrDefault(c.Department) >= (constraints.MaxPerDepartment ?? int.MaxValue)
            || byOrganisation.GetValueOrDefault(GroupProposer.OrganisationKey(c.Organisation)) >= constraints.MaxPerOrganisation;

        string AcceptedReason(ProposalCandidate c)
        {
            var minimum = constraints.MinimumFor(c.Sector);
            // In for the balance: the sector sits at its minimum and someone of the other sector with a
            // better score, blocked by no cap, stays out.
            var forBalance = bySector.GetValueOrDefault(c.Sector) == minimum
                && rejected.Any(r => r.Sector != c.Sector && rank[r.Id] < rank[c.Id] && !Blocked(r));
            return forBalance
                ? $"retenu·e pour atteindre le minimum {SectorLabels.Of(c.Sector)}"
                : $"retenu·e : {SectorLabels.Ordinal(rank[c.Id])} score";
        }

        string RejectedReason(ProposalCandidate c)
        {
            var department = byDepartment.GetValueOrDefault(c.Department);
            if (constraints.MaxPerDepartment is { } perDepartment && department >= perDepartment)
            {
                return $"non retenu·e : département {c.Department} déjà à {department}/{perDepartment}";
            }

            var organisation = byOrganisation.GetValueOrDefault(GroupProposer.OrganisationKey(c.Organisation));
            if (organisation >= constraints.MaxPerOrganisation)
            {
                return $"non retenu·e : organisation déjà représentée ({organisation}/{constraints.MaxPerOrganisation})";
            }

            var other = SectorLabels.Other(c.Sector);
            if (bySector.GetValueOrDefault(c.Sector) >= constraints.GroupSize - constraints.MinimumFor(other))
            {
                return $"non retenu·e : places {SectorLabels.Of(c.Sector)} limitées pour garder le minimum {SectorLabels.Of(other)}";
            }

            return $"non retenu·e : {SectorLabels.Ordinal(rank[c.Id])} score, groupe complet";
        }

        var excluded = ranked.Where(c => !eligible.Contains(c))
            .Select(c => new ProposalChoice(c.Id, $"non retenu·e : score {SectorLabels.Score(c.AverageScore)} sous le minimum {SectorLabels.Score(constraints.MinScore ?? 0)}"))
            .ToList();
        var total = accepted.Sum(GroupProposer.Units) / (double)GroupProposer.ScoreUnits;
        return new ProposalResult(
            true,
            [.. accepted.Select(c => new ProposalChoice(c.Id, AcceptedReason(c)))],
            [.. rejected.Select(c => new ProposalChoice(c.Id, RejectedReason(c)))],
            excluded,
            Math.Round(total, 3),
            []);
    }
}
