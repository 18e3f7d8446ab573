using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>Who takes a freed place: the first on the waiting list whose arrival keeps every constraint.</summary>
internal static class Replacement
{
    public static ProposalCandidate? Best(
        IReadOnlyList<ProposalCandidate> remaining, IEnumerable<ProposalCandidate> waitlist, ProposalConstraints constraints) =>
        waitlist.FirstOrDefault(candidate => Breaches(remaining, candidate, constraints).Count == 0);

    /// <summary>Each rule the candidate's arrival would break, in plain French; empty when they keep them all.</summary>
    public static IReadOnlyList<string> Breaches(
        IReadOnlyList<ProposalCandidate> remaining, ProposalCandidate candidate, ProposalConstraints constraints)
    {
        var breaches = new List<string>();
        var after = remaining.Append(candidate).ToList();
        if (constraints.MaxPerDepartment is { } perDepartment)
        {
            var inDepartment = after.Count(c => c.Department == candidate.Department);
            if (inDepartment > perDepartment)
            {
                breaches.Add($"département {candidate.Department} : {inDepartment} personnes pour un maximum de {perDepartment}");
            }
        }

        var key = GroupProposer.OrganisationKey(candidate.Organisation);
        var inOrganisation = after.Count(c => GroupProposer.OrganisationKey(c.Organisation) == key);
        if (inOrganisation > constraints.MaxPerOrganisation)
        {
            breaches.Add($"organisation : {inOrganisation} personnes de la même structure pour un maximum de {constraints.MaxPerOrganisation}");
        }

        // A sector below its minimum after the decline must get the place back.
        var deficit = new[] { Sector.LocalDevelopment, Sector.SocialAction }
            .Where(s => remaining.Count(c => c.Sector == s) < constraints.MinimumFor(s))
            .ToList();
        if (deficit.Count > 0 && !deficit.Contains(candidate.Sector))
        {
            breaches.AddRange(deficit.Select(s =>
                $"secteur {SectorLabels.Of(s)} : {remaining.Count(c => c.Sector == s)} place(s) pour un minimum de {constraints.MinimumFor(s)}, la place lui revient"));
        }

        return breaches;
    }
}
