using BenchmarkDotNet.Attributes;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>
/// The venue-ranking shape: a thousand members, every commune a candidate.
/// Not sealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class SumOfDistancesBenchmarks
{
    private UnitVectors _members = null!;
    private double[] _weights = null!;
    private UnitVectors _candidates = null!;
    private double[] _totals = null!;
    private double[] _maxima = null!;

    [Params(1_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = Gazetteer.Load();
        var random = new Random(42);
        var communes = gazetteer.Communes.Where(c => c.RegionCode == "84").ToArray();
        _members = UnitVectors.From([.. Enumerable.Range(0, Members).Select(_ => communes[random.Next(communes.Length)].Location)]);
        _weights = [.. Enumerable.Range(0, Members).Select(_ => 1.0)];
        _candidates = gazetteer.CommuneVectors;
        _totals = new double[_candidates.Count];
        _maxima = new double[_candidates.Count];
    }

    [Benchmark(Description = "SumOfDistances members × all communes")]
    public double[] SumOfDistances()
    {
        GeoDistance.SumOfDistances(_members, _weights, _candidates, _totals, _maxima);
        return _totals;
    }
}
