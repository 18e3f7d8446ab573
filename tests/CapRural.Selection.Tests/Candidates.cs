using CapRural.BuildingBlocks.Contracts;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Tests;

/// <summary>Random pools of candidates, reproducible from a seed.</summary>
internal static class Candidates
{
    private static readonly DateTimeOffset Start = new(2022, 1, 17, 8, 0, 0, TimeSpan.Zero);

    public static ProposalCandidate One(Sector sector, string department, string organisation, double score, int reviews = 2, int minute = 0) =>
        new(Guid.NewGuid(), sector, department, organisation, score, reviews, Start.AddMinutes(minute));

    /// <summary>
    /// Scores on a coarse grid (quarters) so that ties are frequent, few departments and organisations
    /// so that caps bind, and a skew so that one sector is often short.
    /// </summary>
    public static List<ProposalCandidate> Random(Random random, int count, int departments, int organisations, double socialShare)
    {
        var candidates = new List<ProposalCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var sector = random.NextDouble() < socialShare ? Sector.SocialAction : Sector.LocalDevelopment;
            var score = random.Next(0, 21) / 4.0;
            candidates.Add(new ProposalCandidate(
                new Guid(i + 1, 0, 0, new byte[8]),
                sector,
                $"{random.Next(departments) + 1:00}",
                $"Organisation {random.Next(organisations)}",
                score,
                random.Next(0, 4),
                Start.AddMinutes(random.Next(0, 10_000))));
        }

        return candidates;
    }
}
