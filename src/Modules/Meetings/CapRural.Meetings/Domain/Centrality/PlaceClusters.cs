using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>
/// The members' places gathered around a few of them, chosen farthest first so that no place is far from
/// its centre. By the triangle inequality a member at p, in the cluster of centre c, travels to any point x
/// at least d(x, c) − d(p, c): the group's total to x is at least Σ weight(c)·d(x, c) − <see cref="Spread"/>,
/// and its longest trip at least the farthest centre, since centres are places too.
/// </summary>
internal sealed class PlaceClusters
{
    private PlaceClusters(UnitVectors centres, double[] weights, double spread)
    {
        Centres = centres;
        Weights = weights;
        Spread = spread;
    }

    public UnitVectors Centres { get; }

    /// <summary>Per centre, how many members its cluster holds.</summary>
    public double[] Weights { get; }

    /// <summary>Σ weight × distance from each place to its centre, in km.</summary>
    public double Spread { get; }

    public static PlaceClusters Of(DistinctPlaces places, int count)
    {
        var toCentre = new double[places.Weights.Length];
        var owner = new int[places.Weights.Length];
        var row = new double[places.Weights.Length];
        Array.Fill(toCentre, double.PositiveInfinity);
        var centres = new List<int>();
        for (var next = 0; centres.Count < count && toCentre[next] > 0; next = IndexOfMax(toCentre))
        {
            GeoDistance.OneToMany(places.Points[next], places.Vectors, row);
            for (var p = 0; p < row.Length; p++)
            {
                if (row[p] < toCentre[p])
                {
                    (toCentre[p], owner[p]) = (row[p], centres.Count);
                }
            }

            centres.Add(next);
        }

        var weights = new double[centres.Count];
        var spread = 0.0;
        for (var p = 0; p < owner.Length; p++)
        {
            weights[owner[p]] += places.Weights[p];
            spread += places.Weights[p] * toCentre[p];
        }

        return new PlaceClusters(places.Vectors.Subset([.. centres]), weights, spread);
    }

    private static int IndexOfMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
