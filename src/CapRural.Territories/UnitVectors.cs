namespace CapRural.Territories;

/// <summary>
/// Points on the unit sphere stored as three coordinate arrays (structure of
/// arrays), so that batch distance kernels read contiguous memory and process
/// several points per SIMD instruction. Build once, reuse for many queries.
/// </summary>
public sealed class UnitVectors
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;

    private UnitVectors(double[] x, double[] y, double[] z)
    {
        _x = x;
        _y = y;
        _z = z;
    }

    public int Count => _x.Length;

    public ReadOnlySpan<double> X => _x;

    public ReadOnlySpan<double> Y => _y;

    public ReadOnlySpan<double> Z => _z;

    public static UnitVectors From(ReadOnlySpan<GeoPoint> points)
    {
        var x = new double[points.Length];
        var y = new double[points.Length];
        var z = new double[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            (x[i], y[i], z[i]) = ToUnitVector(points[i]);
        }

        return new UnitVectors(x, y, z);
    }

    public static UnitVectors From(IEnumerable<GeoPoint> points) => From([.. points]);

    /// <summary>The vectors at the given indices, in that order, bit for bit: a shortlist distances the same as the full set.</summary>
    public UnitVectors Subset(ReadOnlySpan<int> indices)
    {
        var x = new double[indices.Length];
        var y = new double[indices.Length];
        var z = new double[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            (x[i], y[i], z[i]) = (_x[indices[i]], _y[indices[i]], _z[indices[i]]);
        }

        return new UnitVectors(x, y, z);
    }

    internal static UnitVectors From(CommuneTable table)
    {
        var x = new double[table.Count];
        var y = new double[table.Count];
        var z = new double[table.Count];
        for (var i = 0; i < table.Count; i++)
        {
            (x[i], y[i], z[i]) = ToUnitVector(table.Latitude(i), table.Longitude(i));
        }

        return new UnitVectors(x, y, z);
    }

    internal static (double X, double Y, double Z) ToUnitVector(GeoPoint point) =>
        ToUnitVector(point.Latitude, point.Longitude);

    private static (double X, double Y, double Z) ToUnitVector(double latitudeDegrees, double longitudeDegrees)
    {
        var latitude = double.DegreesToRadians(latitudeDegrees);
        var longitude = double.DegreesToRadians(longitudeDegrees);
        var (sinLat, cosLat) = Math.SinCos(latitude);
        var (sinLon, cosLon) = Math.SinCos(longitude);
        return (cosLat * cosLon, cosLat * sinLon, sinLat);
    }
}
