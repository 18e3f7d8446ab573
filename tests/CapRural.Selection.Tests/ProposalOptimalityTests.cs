using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Tests;

/// <summary>The proposal is the best group the rules allow: checked against every possible group.</summary>
public sealed class ProposalOptimalityTests
{
    [Fact]
    public void Matches_exhaustive_search_on_many_small_random_pools()
    {
        var random = new Random(20220117);
        var feasible = 0;
        for (var round = 0; round < 1500; round++)
        {
            var candidates = Candidates.Random(random, random.Next(5, 15), random.Next(1, 5), random.Next(2, 9), 0.15 + (random.NextDouble() * 0.7));
            var size = random.Next(2, Math.Min(7, candidates.Count) + 1);
            var constraints = new ProposalConstraints(
                size,
                MinLocalDevelopmentShare: random.Next(0, 6) / 10.0,
                MinSocialActionShare: random.Next(0, 6) / 10.0,
                MaxPerDepartment: random.Next(4) == 0 ? null : random.Next(1, 4),
                MaxPerOrganisation: random.Next(1, 3),
                MinScore: random.Next(4) == 0 ? random.Next(0, 9) / 4.0 : null);

            var expected = Exhaustive.BestTotal(candidates, constraints);
            var proposal = GroupProposer.Propose(candidates, constraints);

            Assert.True(expected.HasValue == proposal.Feasible, $"round {round}: feasible {proposal.Feasible}, expected {expected.HasValue}");
            if (expected is { } best)
            {
                feasible++;
                var group = proposal.Accepted.Select(a => candidates.Single(c => c.Id == a.CandidateId)).ToList();
                Assert.True(Exhaustive.Respects(group, constraints), $"round {round}: the proposal breaks a constraint");
                Assert.True(proposal.Optimal);
                Assert.Equal(best, group.Sum(GroupProposer.Units));
                Assert.Equal(best / 1000.0, proposal.TotalScore, 3);
            }
            else
            {
                Assert.NotEmpty(proposal.Problems);
                Assert.Empty(proposal.Accepted);
            }
        }

        // The random pools must exercise both answers, or the comparison proves little.
        Assert.InRange(feasible, 300, 1400);
    }

    [Fact]
    public void Keeps_every_constraint_for_two_thousand_candidates_and_a_group_of_forty()
    {
        var random = new Random(7);
        var candidates = Candidates.Random(random, 2000, 12, 900, 0.25);
        var constraints = new ProposalConstraints(40, MaxPerDepartment: 5, MaxPerOrganisation: 1);

        var proposal = GroupProposer.Propose(candidates, constraints);

        Assert.True(proposal.Feasible);
        Assert.True(proposal.Optimal);
        var group = proposal.Accepted.Select(a => candidates.Single(c => c.Id == a.CandidateId)).ToList();
        Assert.True(Exhaustive.Respects(group, constraints));
        Assert.Equal(candidates.Count - 40, proposal.Waitlist.Count + proposal.Excluded.Count);
        // The exact method never does worse than the greedy pick a person would make by hand.
        var greedyTotal = Greedy(candidates, constraints);
        Assert.True(group.Sum(GroupProposer.Units) >= greedyTotal);
    }

    [Fact]
    public void The_same_pool_in_any_order_gives_the_same_group_and_waitlist()
    {
        var random = new Random(11);
        var candidates = Candidates.Random(random, 300, 6, 150, 0.4);
        var constraints = new ProposalConstraints(20, MaxPerDepartment: 4);

        var first = GroupProposer.Propose(candidates, constraints);
        var shuffled = candidates.OrderBy(_ => random.Next()).ToList();
        var second = GroupProposer.Propose(shuffled, constraints);

        Assert.Equal(first.Accepted, second.Accepted);
        Assert.Equal(first.Waitlist, second.Waitlist);
    }

    /// <summary>Best score first, skipping whoever breaks a cap; sector minimums filled at the end.</summary>
    internal static long Greedy(List<ProposalCandidate> candidates, ProposalConstraints constraints)
    {
        var ranked = GroupProposer.Rank(candidates);
        var group = new List<ProposalCandidate>();
        foreach (var sector in new[] { BuildingBlocks.Contracts.Sector.SocialAction, BuildingBlocks.Contracts.Sector.LocalDevelopment })
        {
            foreach (var c in ranked.Where(c => c.Sector == sector))
            {
                if (group.Count(g => g.Sector == sector) >= constraints.MinimumFor(sector))
                {
                    break;
                }

                if (Fits(group, c, constraints))
                {
                    group.Add(c);
                }
            }
        }

        foreach (var c in ranked.Where(c => !group.Contains(c)))
        {
            if (group.Count < constraints.GroupSize && Fits(group, c, constraints))
            {
                group.Add(c);
            }
        }

        return group.Sum(GroupProposer.Units);
    }

    private static bool Fits(List<ProposalCandidate> group, ProposalCandidate c, ProposalConstraints constraints) =>
        group.Count(g => g.Department == c.Department) < (constraints.MaxPerDepartment ?? int.MaxValue)
        && group.Count(g => GroupProposer.OrganisationKey(g.Organisation) == GroupProposer.OrganisationKey(c.Organisation)) < constraints.MaxPerOrganisation;
}
