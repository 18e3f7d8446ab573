namespace CapRural.Meetings.Domain.Centrality;

/// <summary>One venue per meeting of a series, and what the members drive over the whole series.</summary>
internal sealed record SeriesPlan(int[] Venues, double MaxMemberKm, double TotalKm);

/// <summary>
/// Fair venues over a series of meetings. A member's burden is the sum of their trips over the series, so
/// only which venues are used, and how often, matters — not their order. The planner minimises the largest
/// cumulative distance any member drives, then the total, exactly: it walks the multisets of venues
/// (non-decreasing venue indices) depth first and cuts a branch as soon as a lower bound — each place's
/// distance so far plus its nearest venue for every meeting left — cannot beat the best plan found.
/// Places are distinct member positions with the number of members at each as weight.
/// </summary>
internal static class SeriesPlanner
{
    /// <summary>Differences below a metre are ties: the positions are those of communes.</summary>
    private const double Tolerance = 1e-6;

    /// <param name="km">km[venue][place].</param>
    public static SeriesPlan Solve(double[][] km, double[] weights, int meetings)
    {
        Check(km, weights, meetings);
        var places = weights.Length;
        var nearest = new double[places];
        for (var p = 0; p < places; p++)
        {
            nearest[p] = km.Min(row => row[p]);
        }

        var totals = km.Select(row => row.Select((d, p) => d * weights[p]).Sum()).ToArray();
        // The cheapest total from venue v onwards bounds the total of the meetings left.
        var cheapestFrom = new double[km.Length + 1];
        cheapestFrom[km.Length] = double.PositiveInfinity;
        for (var v = km.Length - 1; v >= 0; v--)
        {
            cheapestFrom[v] = Math.Min(totals[v], cheapestFrom[v + 1]);
        }

        var search = new Search(km, nearest, totals, cheapestFrom, meetings);
        search.Walk(0, 0, new double[places], 0);
        return new SeriesPlan(search.Best, search.BestMax, search.BestTotal);
    }

    /// <summary>Every ordered sequence of venues, one per meeting: the reference the planner is proven against.</summary>
    public static SeriesPlan Exhaustive(double[][] km, double[] weights, int meetings)
    {
        Check(km, weights, meetings);
        var sequence = new int[meetings];
        SeriesPlan? best = null;
        var count = (long)Math.Pow(km.Length, meetings);
        for (long n = 0; n < count; n++)
        {
            var rest = n;
            for (var i = 0; i < meetings; i++)
            {
                sequence[i] = (int)(rest % km.Length);
                rest /= km.Length;
            }

            var (max, total) = Evaluate(km, weights, sequence);
            if (best is null || Better(max, total, best.MaxMemberKm, best.TotalKm))
            {
                best = new SeriesPlan([.. sequence.Order()], max, total);
            }
        }

        return best!;
    }

    /// <summary>The largest cumulative distance of a place, and the weighted total, of a series of venues.</summary>
    public static (double MaxMemberKm, double TotalKm) Evaluate(double[][] km, double[] weights, IReadOnlyList<int> venues)
    {
        double max = 0, total = 0;
        for (var p = 0; p < weights.Length; p++)
        {
            var sum = venues.Sum(v => km[v][p]);
            max = Math.Max(max, sum);
            total += sum * weights[p];
        }

        return (max, total);
    }

    private static bool Better(double max, double total, double bestMax, double bestTotal) =>
        max < bestMax - Tolerance || (max <= bestMax + Tolerance && total < bestTotal - Tolerance);

    private static void Check(double[][] km, double[] weights, int meetings)
    {
        if (km.Length == 0 || meetings < 1 || km.Any(row => row.Length != weights.Length))
        {
            throw new ArgumentException("At least one venue and one meeting, and one distance per place for each venue.");
        }
    }

    private sealed class Search(double[][] km, double[] nearest, double[] totals, double[] cheapestFrom, int meetings)
    {
        private readonly int[] _current = new int[meetings];

        public int[] Best { get; private set; } = [];

        public double BestMax { get; private set; } = double.PositiveInfinity;

        public double BestTotal { get; private set; } = double.PositiveInfinity;

        public void Walk(int depth, int from, double[] cumulative, double total)
        {
            if (depth == meetings)
            {
                var max = cumulative.Max();
                if (Better(max, total, BestMax, BestTotal))
                {
                    (Best, BestMax, BestTotal) = ([.. _current], max, total);
                }

                return;
            }

            var left = meetings - depth;
            for (var v = from; v < km.Length; v++)
            {
                var row = km[v];
                var next = new double[cumulative.Length];
                var bound = 0.0;
                for (var p = 0; p < next.Length; p++)
                {
                    next[p] = cumulative[p] + row[p];
                    bound = Math.Max(bound, next[p] + ((left - 1) * nearest[p]));
                }

                var totalBound = total + totals[v] + ((left - 1) * cheapestFrom[v]);
                // Neither the longest cumulative trip nor, at equal longest trip, the total can improve: cut.
                if (!Better(bound, totalBound, BestMax, BestTotal))
                {
                    continue;
                }

                _current[depth] = v;
                Walk(depth + 1, v, next, total + totals[v]);
            }
        }
    }
}
