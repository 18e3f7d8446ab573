using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>The distinct positions of a set of members, each weighted by how many members start from it.</summary>
internal sealed class DistinctPlaces
{
    private DistinctPlaces(GeoPoint[] points, double[] weights, int[] indexOfMember)
    {
        Points = points;
        Weights = weights;
        IndexOfMember = indexOfMember;
        Vectors = UnitVectors.From(points);
    }

    public IReadOnlyList<GeoPoint> Points { get; }

    public double[] Weights { get; }

    /// <summary>For each member, in input order, the index of their place.</summary>
    public int[] IndexOfMember { get; }

    public UnitVectors Vectors { get; }

    public static DistinctPlaces Of(IReadOnlyList<MemberPlace> members)
    {
        var index = new Dictionary<(double, double), int>();
        var points = new List<GeoPoint>();
        var weights = new List<double>();
        var indexOfMember = new int[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            var key = (members[m].Location.Latitude, members[m].Location.Longitude);
            if (!index.TryGetValue(key, out var place))
            {
                place = points.Count;
                index[key] = place;
                points.Add(members[m].Location);
                weights.Add(0);
            }

            weights[place]++;
            indexOfMember[m] = place;
        }

        return new DistinctPlaces([.. points], [.. weights], indexOfMember);
    }
}
