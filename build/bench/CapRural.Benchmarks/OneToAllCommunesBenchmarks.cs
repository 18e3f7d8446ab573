using BenchmarkDotNet.Attributes;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>
/// Distances from one point to every commune. The baseline is the plain loop a
/// caller would write with the scalar haversine over the communes' locations.
/// Not sealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class OneToAllCommunesBenchmarks
{
    private GeoPoint _from = null!;
    private GeoPoint[] _locations = null!;
    private UnitVectors _vectors = null!;
    private double[] _km = null!;

    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = Gazetteer.Load();
        _from = gazetteer.FindCommune("63113")!.Location;
        _locations = [.. gazetteer.Communes.Select(c => c.Location)];
        _vectors = gazetteer.CommuneVectors;
        _km = new double[_locations.Length];
    }

    [Benchmark(Baseline = true, Description = "scalar haversine loop")]
    public double[] ScalarHaversine()
    {
        for (var i = 0; i < _locations.Length; i++)
        {
            _km[i] = GeoDistance.Kilometres(_from, _locations[i]);
        }

        return _km;
    }

    /// <summary>Same unit vectors as the batch form, scalar chord and Math.Asin: isolates the SIMD gain.</summary>
    [Benchmark(Description = "scalar chord + Math.Asin")]
    public double[] ScalarChord()
    {
        var (x0, y0, z0) = UnitVector(_from);
        var x = _vectors.X;
        var y = _vectors.Y;
        var z = _vectors.Z;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - x0;
            var dy = y[i] - y0;
            var dz = z[i] - z0;
            var chord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
            _km[i] = 2 * GeoDistance.EarthRadiusKm * Math.Asin(Math.Min(chord * 0.5, 1));
        }

        return _km;
    }

    [Benchmark(Description = "GeoDistance.OneToMany (SIMD)")]
    public double[] OneToMany()
    {
        GeoDistance.OneToMany(_from, _vectors, _km);
        return _km;
    }

    private static (double X, double Y, double Z) UnitVector(GeoPoint point)
    {
        var latitude = double.DegreesToRadians(point.Latitude);
        var longitude = double.DegreesToRadians(point.Longitude);
        return (Math.Cos(latitude) * Math.Cos(longitude), Math.Cos(latitude) * Math.Sin(longitude), Math.Sin(latitude));
    }
}
