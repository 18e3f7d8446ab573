namespace CapRural.Territories.Tests;

public sealed class GeoDistanceTests
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    [Fact]
    public void Clermont_Ferrand_to_Lyon_matches_an_independent_computation_from_known_coordinates()
    {
        // City coordinates as published on Wikipedia: 45°46′59″N 3°04′57″E and 45°45′35″N 4°50′32″E.
        var expected = Reference.Kilometres(45.7831, 3.0825, 45.7597, 4.8422);
        var clermont = _gazetteer.FindCommune("63113")!;
        var lyon = _gazetteer.FindCommune("69123")!;

        Assert.InRange(expected, 130.0, 140.0);
        Assert.Equal(expected, GeoDistance.Kilometres(clermont.Location, lyon.Location), 1.0);
    }

    [Fact]
    public void Paris_to_Marseille_matches_an_independent_computation_from_known_coordinates()
    {
        // Notre-Dame de Paris and the Vieux-Port of Marseille.
        var expected = Reference.Kilometres(48.8530, 2.3499, 43.2951, 5.3740);
        var paris = _gazetteer.FindCommune("75056")!.Location;
        var marseille = _gazetteer.FindCommune("13055")!.Location;

        Assert.InRange(expected, 655.0, 665.0);
        Assert.Equal(expected, GeoDistance.Kilometres(paris, marseille), 1.0);
    }

    [Fact]
    public void Lille_to_Strasbourg_matches_an_independent_computation_from_known_coordinates()
    {
        // Grand-Place of Lille and Place Kléber of Strasbourg.
        var expected = Reference.Kilometres(50.6372, 3.0633, 48.5834, 7.7458);
        var lille = _gazetteer.FindCommune("59350")!.Location;
        var strasbourg = _gazetteer.FindCommune("67482")!.Location;

        Assert.Equal(expected, GeoDistance.Kilometres(lille, strasbourg), 1.0);
    }

    [Theory]
    [InlineData(0, 0, 0, 1, 111.19508)]           // one degree along the equator: 2πR / 360
    [InlineData(0, 0, 90, 0, 10007.557)]          // equator to pole: πR / 2
    [InlineData(45, 3, -45, -177, 20015.115)]     // antipodes: πR
    [InlineData(45.5, 3.1, 45.5, 3.1, 0)]
    public void Known_arcs_on_the_sphere(double latA, double lonA, double latB, double lonB, double km) =>
        Assert.Equal(km, GeoDistance.Kilometres(new GeoPoint(latA, lonA), new GeoPoint(latB, lonB)), 0.001);

    [Fact]
    public void Haversine_agrees_with_the_reference_formula_on_random_points()
    {
        var random = new Random(1);
        for (var i = 0; i < 10_000; i++)
        {
            var a = RandomPoints.Next(random);
            var b = RandomPoints.Next(random);
            Assert.Equal(Reference.Kilometres(a, b), GeoDistance.Kilometres(a, b), 1e-6);
        }
    }

    [Fact]
    public void Distance_is_symmetric()
    {
        var a = new GeoPoint(45.7797, 3.0868);
        var b = new GeoPoint(-21.1151, 55.5364);

        Assert.Equal(GeoDistance.Kilometres(a, b), GeoDistance.Kilometres(b, a), 1e-9);
    }
}
