using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>
/// The point that minimises the weighted sum of great-circle distances to the given places, by
/// Weiszfeld's iteration on unit vectors: each step is the distance-weighted mean of the places,
/// projected back onto the sphere. Over a region the size of France the sphere is nearly flat, so it
/// converges as in the plane.
/// </summary>
internal static class GeometricMedian
{
    private const int MaxIterations = 500;

    // About a millimetre on the Earth: further steps change nothing a person would notice.
    private const double Tolerance = 1e-10;

    public static GeoPoint Of(IReadOnlyList<GeoPoint> points, IReadOnlyList<double> weights)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("Needs at least one point.", nameof(points));
        }

        var vectors = points.Select(ToVector).ToArray();
        var current = Normalise(Sum(vectors, weights, _ => 1.0));
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var at = current;
            // A place exactly at the estimate has no defined pull: the usual Weiszfeld rule leaves it out.
            var sum = Sum(vectors, weights, v => Chord(v, at) is var d && d > 1e-12 ? 1.0 / d : 0.0);
            if (sum is (0, 0, 0))
            {
                break;
            }

            var next = Normalise(sum);
            var moved = Chord(next, current);
            current = next;
            if (moved < Tolerance)
            {
                break;
            }
        }

        return ToPoint(current);
    }

    private static (double X, double Y, double Z) Sum(
        (double X, double Y, double Z)[] vectors, IReadOnlyList<double> weights, Func<(double X, double Y, double Z), double> factor)
    {
        double x = 0, y = 0, z = 0;
        for (var i = 0; i < vectors.Length; i++)
        {
            var w = weights[i] * factor(vectors[i]);
            x += w * vectors[i].X;
            y += w * vectors[i].Y;
            z += w * vectors[i].Z;
        }

        return (x, y, z);
    }

    private static double Chord((double X, double Y, double Z) a, (double X, double Y, double Z) b)
    {
        var (dx, dy, dz) = (a.X - b.X, a.Y - b.Y, a.Z - b.Z);
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }

    private static (double X, double Y, double Z) Normalise((double X, double Y, double Z) v)
    {
        var length = Math.Sqrt((v.X * v.X) + (v.Y * v.Y) + (v.Z * v.Z));
        return (v.X / length, v.Y / length, v.Z / length);
    }

    private static (double X, double Y, double Z) ToVector(GeoPoint point)
    {
        var (sinLat, cosLat) = Math.SinCos(double.DegreesToRadians(point.Latitude));
        var (sinLon, cosLon) = Math.SinCos(double.DegreesToRadians(point.Longitude));
        return (cosLat * cosLon, cosLat * sinLon, sinLat);
    }

    private static GeoPoint ToPoint((double X, double Y, double Z) v) => new(
        double.RadiansToDegrees(Math.Asin(Math.Clamp(v.Z, -1, 1))),
        double.RadiansToDegrees(Math.Atan2(v.Y, v.X)));
}
