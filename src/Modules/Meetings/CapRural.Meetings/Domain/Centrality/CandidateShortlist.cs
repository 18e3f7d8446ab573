using System.Buffers;
using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>
/// The candidates that can still be among the best, found without measuring every member to every
/// candidate: a lower bound of each candidate's key from a few cluster centres (<see cref="PlaceClusters"/>),
/// the exact key of the <c>top</c> candidates with the lowest bounds — the k-th best cannot be worse than
/// the worst of them — and every candidate whose bound does not exceed it. A commune 400 km away from
/// everyone is ruled out by 16 distances instead of a thousand; the ranking itself is unchanged.
/// </summary>
internal static class CandidateShortlist
{
    // Centres per ranking. For 1,000 members over the region (563 places), 16 leave 1,650 of the 35,000
    // communes: 0.56 M distances to bound and 0.93 M to rank them, against 19.7 M for every commune;
    // 8 leave 2,915 (1.9 M in all), 32 leave 1,176 (1.8 M).
    private const int Clusters = 16;

    // Bound and exact sums are rounded differently (about 1e-13 of a sum of a thousand distances): a relative
    // slack of 1e-9, 0.1 mm per 100 km, keeps a candidate whose bound ties the threshold and widens nothing else.
    private const double Tolerance = 1e-9;

    public static int[] Of(DistinctPlaces places, CandidateSet candidates, int top, RankingObjective objective)
    {
        var count = candidates.Vectors.Count;
        if (count <= top)
        {
            return [.. Enumerable.Range(0, count)];
        }

        var clusters = PlaceClusters.Of(places, Clusters);
        var totals = ArrayPool<double>.Shared.Rent(count);
        var maxima = ArrayPool<double>.Shared.Rent(count);
        try
        {
            GeoDistance.SumOfDistances(clusters.Centres, clusters.Weights, candidates.Vectors, totals, maxima);
            var raw = (objective == RankingObjective.Max ? maxima : totals).AsSpan(0, count);
            var offset = objective == RankingObjective.Max ? 0.0 : clusters.Spread;
            var threshold = WorstOfBest(places, candidates, Lowest(raw, top), objective);
            return Within(raw, offset, threshold);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(totals);
            ArrayPool<double>.Shared.Return(maxima);
        }
    }

    /// <summary>The indices of the <paramref name="top"/> lowest values, in no particular order.</summary>
    private static int[] Lowest(ReadOnlySpan<double> values, int top)
    {
        var heap = new PriorityQueue<int, double>(top, Comparer<double>.Create((a, b) => b.CompareTo(a)));
        for (var i = 0; i < values.Length; i++)
        {
            if (heap.Count < top)
            {
                heap.Enqueue(i, values[i]);
            }
            else if (heap.TryPeek(out _, out var worst) && values[i] < worst)
            {
                heap.DequeueEnqueue(i, values[i]);
            }
        }

        return [.. heap.UnorderedItems.Select(item => item.Element)];
    }

    /// <summary>The worst exact key among the seeds: at least <c>top</c> candidates are this good, so the k-th best is too.</summary>
    private static double WorstOfBest(DistinctPlaces places, CandidateSet candidates, int[] seeds, RankingObjective objective)
    {
        var sums = GeoDistance.SumOfDistances(places.Vectors, places.Weights, candidates.Vectors.Subset(seeds));
        return (objective == RankingObjective.Max ? sums.Maxima : sums.Totals).Max();
    }

    /// <summary>The candidates whose bound, <paramref name="raw"/> − <paramref name="offset"/>, can still reach the threshold.</summary>
    private static int[] Within(ReadOnlySpan<double> raw, double offset, double threshold)
    {
        var kept = new List<int>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] - offset - (Tolerance * (raw[i] + offset + threshold)) <= threshold)
            {
                kept.Add(i);
            }
        }

        return [.. kept];
    }
}
