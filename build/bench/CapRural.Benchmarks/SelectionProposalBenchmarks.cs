using BenchmarkDotNet.Attributes;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Benchmarks;

/// <summary>
/// The group proposal at the size the issue names: 2,000 candidates, a group of 40, five per department,
/// one per organisation, 40 % of each sector. The baseline is the greedy pick a person would do by hand
/// (sector minimums first, then the best scores that break no cap): fast but not optimal.
/// <c>SocialShare</c> 0.5 is a pool where the best scores already balance; 0.25 leaves social action
/// short, so the exact method must trade score for balance.
/// Not sealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class SelectionProposalBenchmarks
{
    private List<ProposalCandidate> _candidates = null!;
    private ProposalConstraints _constraints = null!;

    [Params(0.5, 0.25)]
    public double SocialShare { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2022);
        var start = new DateTimeOffset(2022, 1, 17, 8, 0, 0, TimeSpan.Zero);
        _candidates = [.. Enumerable.Range(0, 2_000).Select(i => new ProposalCandidate(
            Guid.NewGuid(),
            random.NextDouble() < SocialShare ? Sector.SocialAction : Sector.LocalDevelopment,
            $"{random.Next(1, 13):00}",
            $"Organisation {random.Next(1_200)}",
            Math.Round(random.NextDouble() * 5, 2),
            random.Next(1, 4),
            start.AddMinutes(i)))];
        _constraints = new ProposalConstraints(40, MaxPerDepartment: 5, MaxPerOrganisation: 1);
    }

    [Benchmark(Baseline = true, Description = "greedy (not optimal)")]
    public int Greedy()
    {
        var ranked = GroupProposer.Rank(_candidates);
        var group = new List<ProposalCandidate>(_constraints.GroupSize);
        var perDepartment = new Dictionary<string, int>();
        var perOrganisation = new Dictionary<string, int>();

        bool TryAdd(ProposalCandidate c)
        {
            var organisation = GroupProposer.OrganisationKey(c.Organisation);
            if (group.Count >= _constraints.GroupSize || group.Contains(c)
                || perDepartment.GetValueOrDefault(c.Department) >= _constraints.MaxPerDepartment
                || perOrganisation.GetValueOrDefault(organisation) >= _constraints.MaxPerOrganisation)
            {
                return false;
            }

            group.Add(c);
            perDepartment[c.Department] = perDepartment.GetValueOrDefault(c.Department) + 1;
            perOrganisation[organisation] = perOrganisation.GetValueOrDefault(organisation) + 1;
            return true;
        }

        foreach (var sector in new[] { Sector.SocialAction, Sector.LocalDevelopment })
        {
            var needed = _constraints.MinimumFor(sector);
            foreach (var c in ranked.Where(c => c.Sector == sector))
            {
                if (needed == 0)
                {
                    break;
                }

                needed -= TryAdd(c) ? 1 : 0;
            }
        }

        foreach (var c in ranked)
        {
            TryAdd(c);
        }

        return group.Count;
    }

    [Benchmark(Description = "exact proposal (flow + Lagrange + branch and bound)")]
    public int Exact() => GroupProposer.Propose(_candidates, _constraints).Accepted.Count;
}
