namespace CapRural.Territories.Tests;

/// <summary>
/// Great-circle distance by a formula independent of the library's haversine and
/// chord/asin paths: the angle between the two position vectors as
/// atan2(|a × b|, a · b), well conditioned at every distance.
/// </summary>
internal static class Reference
{
    public static double Kilometres(double latitudeA, double longitudeA, double latitudeB, double longitudeB)
    {
        var (ax, ay, az) = Vector(latitudeA, longitudeA);
        var (bx, by, bz) = Vector(latitudeB, longitudeB);
        var cx = (ay * bz) - (az * by);
        var cy = (az * bx) - (ax * bz);
        var cz = (ax * by) - (ay * bx);
        var cross = Math.Sqrt((cx * cx) + (cy * cy) + (cz * cz));
        var dot = (ax * bx) + (ay * by) + (az * bz);
        return 6371.0088 * Math.Atan2(cross, dot);
    }

    public static double Kilometres(GeoPoint a, GeoPoint b) => Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    private static (double X, double Y, double Z) Vector(double latitude, double longitude)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        return (Math.Cos(phi) * Math.Cos(lambda), Math.Cos(phi) * Math.Sin(lambda), Math.Sin(phi));
    }
}
