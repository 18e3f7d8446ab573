namespace CapRural.Territories.Tests;

internal static class RandomPoints
{
    /// <summary>Uniform on the sphere, with some pairs close together and some near-antipodal.</summary>
    public static GeoPoint Next(Random random)
    {
        var latitude = Math.Asin((2 * random.NextDouble()) - 1) * 180 / Math.PI;
        var longitude = (360 * random.NextDouble()) - 180;
        return new GeoPoint(latitude, longitude);
    }

    public static GeoPoint[] Many(Random random, int count)
    {
        var points = new GeoPoint[count];
        for (var i = 0; i < count; i++)
        {
            points[i] = (i % 4) switch
            {
                // Neighbours a few metres to a few km apart, as between communes.
                1 => Near(random, points[i - 1], 0.05),
                2 => Near(random, points[i - 1], 0.00005),
                // Almost the antipode of the previous point: the asin argument nears 1.
                3 => Near(random, new GeoPoint(-points[i - 1].Latitude, points[i - 1].Longitude > 0 ? points[i - 1].Longitude - 180 : points[i - 1].Longitude + 180), 0.01),
                _ => Next(random),
            };
        }

        return points;
    }

    private static GeoPoint Near(Random random, GeoPoint point, double degrees) =>
        new(
            Math.Clamp(point.Latitude + (degrees * ((2 * random.NextDouble()) - 1)), -90, 90),
            point.Longitude + (degrees * ((2 * random.NextDouble()) - 1)));
}
