using BenchmarkDotNet.Attributes;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>
/// Fair venues for a year of four meetings: 60 members spread over Auvergne-Rhône-Alpes and a set of
/// venues in its communes. The baseline tries every sequence of venues, one per meeting; the planner
/// walks multisets with a lower bound and finds the same optimum (SeriesPlannerTests prove it).
/// Not sealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class MeetingsVenuePlanBenchmarks
{
    private const int Meetings = 4;
    private const int Members = 60;

    private double[][] _km = null!;
    private double[] _weights = null!;

    [Params(12, 30)]
    public int Venues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var region = Gazetteer.Default.Communes.Where(c => c.RegionCode == CommuneCandidates.RegionCode).ToArray();
        var random = new Random(2022);
        var places = UnitVectors.From(Enumerable.Range(0, Members).Select(_ => region[random.Next(region.Length)].Location));
        _weights = [.. Enumerable.Repeat(1.0, Members)];
        _km = [.. Enumerable.Range(0, Venues).Select(_ => GeoDistance.OneToMany(region[random.Next(region.Length)].Location, places))];
    }

    [Benchmark(Baseline = true, Description = "every sequence of venues")]
    public double Exhaustive() => SeriesPlanner.Exhaustive(_km, _weights, Meetings).MaxMemberKm;

    [Benchmark(Description = "SeriesPlanner (multisets, branch and bound)")]
    public double Planner() => SeriesPlanner.Solve(_km, _weights, Meetings).MaxMemberKm;
}
