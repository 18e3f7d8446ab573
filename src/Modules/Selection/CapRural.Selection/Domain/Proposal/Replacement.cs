using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>Who takes a freed place: the first on the waiting list whose arrival keeps every constraint.</summary>
internal static class Replacement
{
    public static ProposalCandidate? Best(
        IReadOnlyList<ProposalCandidate> remaining, IEnumerable<ProposalCandidate> waitlist, ProposalConstraints constraints)
    {
        var deficit = new[] { Sector.LocalDevelopment, Sector.SocialAction }
            .Where(s => remaining.Count(c => c.Sector == s) < constraints.MinimumFor(s))
            .ToList();
        foreach (var candidate in waitlist)
        {
            var after = remaining.Append(candidate).ToList();
            var departmentOk = constraints.MaxPerDepartment is not { } perDepartment
                || after.Count(c => c.Department == candidate.Department) <= perDepartment;
            var key = GroupProposer.OrganisationKey(candidate.Organisation);
            var organisationOk = after.Count(c => GroupProposer.OrganisationKey(c.Organisation) == key) <= constraints.MaxPerOrganisation;
            // A sector below its minimum after the decline must get the place back.
            var sectorsOk = deficit.Count == 0 || deficit.Contains(candidate.Sector);
            if (departmentOk && organisationOk && sectorsOk)
            {
                return candidate;
            }
        }

        return null;
    }
}
