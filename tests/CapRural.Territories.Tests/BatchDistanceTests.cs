namespace CapRural.Territories.Tests;

public sealed class BatchDistanceTests
{
    // Batch and scalar forms differ only by floating-point rounding: under a millimetre
    // (the haversine itself loses digits near the antipode).
    private const double ToleranceKm = 1e-6;

    // Against the well-conditioned atan2 formula the batch form stays within a micrometre.
    private const double ReferenceToleranceKm = 1e-9;

    [Fact]
    public void One_to_many_equals_the_scalar_haversine_on_random_points()
    {
        var random = new Random(7);
        var to = RandomPoints.Many(random, 4_099); // not a multiple of the SIMD width
        var vectors = UnitVectors.From(to);
        var km = new double[to.Length];

        for (var round = 0; round < 20; round++)
        {
            var from = round % 2 == 0 ? RandomPoints.Next(random) : to[random.Next(to.Length)];
            GeoDistance.OneToMany(from, vectors, km);
            for (var i = 0; i < to.Length; i++)
            {
                Assert.Equal(GeoDistance.Kilometres(from, to[i]), km[i], ToleranceKm);
                Assert.Equal(Reference.Kilometres(from, to[i]), km[i], ReferenceToleranceKm);
            }
        }
    }

    [Fact]
    public void One_to_many_handles_zero_distance_and_antipodes()
    {
        var from = new GeoPoint(45.7797, 3.0868);
        var vectors = UnitVectors.From([from, new GeoPoint(-45.7797, -176.9132)]);

        var km = GeoDistance.OneToMany(from, vectors);

        Assert.Equal(0.0, km[0], 1e-9);
        Assert.Equal(Math.PI * GeoDistance.EarthRadiusKm, km[1], 1e-6);
    }

    [Fact]
    public void One_to_all_communes_equals_the_scalar_haversine()
    {
        var gazetteer = Gazetteer.Default;
        var from = gazetteer.FindCommune("63113")!.Location;
        var km = new double[gazetteer.CommuneCount];

        GeoDistance.OneToMany(from, gazetteer.CommuneVectors, km);

        for (var i = 0; i < km.Length; i++)
        {
            Assert.Equal(GeoDistance.Kilometres(from, gazetteer.Communes[i].Location), km[i], ToleranceKm);
        }
    }

    [Fact]
    public void Matrix_rows_are_the_one_to_many_distances()
    {
        var random = new Random(11);
        var from = RandomPoints.Many(random, 37);
        var to = RandomPoints.Many(random, 203);

        var matrix = GeoDistance.Matrix(UnitVectors.From(from), UnitVectors.From(to));

        Assert.Equal(from.Length * to.Length, matrix.Length);
        for (var i = 0; i < from.Length; i++)
        {
            for (var j = 0; j < to.Length; j++)
            {
                Assert.Equal(GeoDistance.Kilometres(from[i], to[j]), matrix[(i * to.Length) + j], ToleranceKm);
            }
        }
    }

    [Fact]
    public void Sum_of_distances_equals_a_plain_weighted_loop()
    {
        var random = new Random(13);
        var points = RandomPoints.Many(random, 101);
        var weights = points.Select(_ => random.Next(0, 5) * 0.5).ToArray();
        var candidates = RandomPoints.Many(random, 2_500); // spans several blocks

        var sums = GeoDistance.SumOfDistances(UnitVectors.From(points), weights, UnitVectors.From(candidates));

        for (var c = 0; c < candidates.Length; c++)
        {
            var distances = points.Select(p => GeoDistance.Kilometres(p, candidates[c])).ToArray();
            var total = distances.Select((d, i) => d * weights[i]).Sum();
            Assert.Equal(total, sums.Totals[c], 1e-6);
            Assert.Equal(distances.Max(), sums.Maxima[c], ToleranceKm);
        }
    }

    [Fact]
    public void Sum_of_distances_with_no_point_is_zero()
    {
        var candidates = UnitVectors.From([new GeoPoint(45, 3), new GeoPoint(46, 4)]);

        var sums = GeoDistance.SumOfDistances(UnitVectors.From(Array.Empty<GeoPoint>()), [], candidates);

        Assert.Equal([0.0, 0.0], sums.Totals);
        Assert.Equal([0.0, 0.0], sums.Maxima);
    }

    [Fact]
    public void Too_small_output_spans_are_rejected()
    {
        var vectors = UnitVectors.From([new GeoPoint(45, 3), new GeoPoint(46, 4)]);

        Assert.Throws<ArgumentException>(() => GeoDistance.OneToMany(new GeoPoint(0, 0), vectors, new double[1]));
        Assert.Throws<ArgumentException>(() => GeoDistance.Matrix(vectors, vectors, new double[3]));
        Assert.Throws<ArgumentException>(() => GeoDistance.SumOfDistances(vectors, [1.0], vectors));
    }

    [Fact]
    public void Rational_arcsine_stays_within_4e_16_of_Math_Asin_on_0_to_1()
    {
        var worst = 0.0;
        const int steps = 1_000_000;
        for (var i = 0; i <= steps; i++)
        {
            var s = (double)i / steps;
            worst = Math.Max(worst, Math.Abs(ArcSine.Scalar(s) - Math.Asin(s)));
        }

        // 4e-16 rad on the Earth is under 3 nanometres.
        Assert.True(worst < 4e-16, $"max error {worst:E3}");
    }

    [Fact]
    public void Vector_and_scalar_arcsine_agree_bit_for_bit()
    {
        var random = new Random(3);
        var lanes = System.Numerics.Vector<double>.Count;
        var values = new double[lanes];
        for (var round = 0; round < 10_000; round++)
        {
            for (var i = 0; i < lanes; i++)
            {
                values[i] = random.NextDouble();
            }

            var result = ArcSine.Vector(new System.Numerics.Vector<double>(values));
            for (var i = 0; i < lanes; i++)
            {
                Assert.Equal(ArcSine.Scalar(values[i]), result[i]);
            }
        }
    }

    [Fact]
    public void Vector_and_scalar_arcsine_agree_bit_for_bit_on_the_series_range_and_at_its_limit()
    {
        var random = new Random(5);
        var lanes = System.Numerics.Vector<double>.Count;
        var values = new double[lanes];
        for (var round = 0; round < 10_000; round++)
        {
            for (var i = 0; i < lanes; i++)
            {
                // Mostly trips within metropolitan France, now and then a lane just past the series' limit.
                values[i] = round % 3 == 0 && i == 0 ? 0.125 + (random.NextDouble() * 1e-3) : random.NextDouble() * 0.125;
            }

            var result = ArcSine.Vector(new System.Numerics.Vector<double>(values));
            for (var i = 0; i < lanes; i++)
            {
                Assert.Equal(ArcSine.Scalar(values[i]), result[i]);
                Assert.True(Math.Abs(result[i] - Math.Asin(values[i])) <= 2 * (Math.BitIncrement(values[i]) - values[i]), $"asin({values[i]:R})");
            }
        }
    }
}
