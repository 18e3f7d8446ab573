using CapRural.BuildingBlocks.Contracts;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Tests;

/// <summary>The reference: every subset of the group size, checked against every constraint.</summary>
internal static class Exhaustive
{
    /// <summary>The best total in score units, or null when no subset meets every constraint.</summary>
    public static long? BestTotal(List<ProposalCandidate> candidates, ProposalConstraints constraints)
    {
        var eligible = candidates.Where(c => constraints.MinScore is not { } min || c.AverageScore >= min - 1e-9).ToList();
        long? best = null;
        var chosen = new List<ProposalCandidate>();

        void Walk(int from)
        {
            if (chosen.Count == constraints.GroupSize)
            {
                if (Respects(chosen, constraints))
                {
                    var total = chosen.Sum(GroupProposer.Units);
                    best = best is null ? total : Math.Max(best.Value, total);
                }

                return;
            }

            for (var i = from; i <= eligible.Count - (constraints.GroupSize - chosen.Count); i++)
            {
                chosen.Add(eligible[i]);
                Walk(i + 1);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        Walk(0);
        return best;
    }

    public static bool Respects(IReadOnlyCollection<ProposalCandidate> group, ProposalConstraints constraints) =>
        group.Count == constraints.GroupSize
        && group.Count(c => c.Sector == Sector.SocialAction) >= constraints.MinimumFor(Sector.SocialAction)
        && group.Count(c => c.Sector == Sector.LocalDevelopment) >= constraints.MinimumFor(Sector.LocalDevelopment)
        && group.GroupBy(c => c.Department).All(g => g.Count() <= (constraints.MaxPerDepartment ?? int.MaxValue))
        && group.GroupBy(c => GroupProposer.OrganisationKey(c.Organisation)).All(g => g.Count() <= constraints.MaxPerOrganisation)
        && group.All(c => constraints.MinScore is not { } min || c.AverageScore >= min - 1e-9);
}
