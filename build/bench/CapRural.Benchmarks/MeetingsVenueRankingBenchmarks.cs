using BenchmarkDotNet.Attributes;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Territories;

namespace CapRural.Benchmarks;

/// <summary>
/// The most central place for a large group: every commune of France ranked by the total distance
/// of 1,000 members spread over Auvergne-Rhône-Alpes. The baseline is the loop a caller would write:
/// the haversine formula for every member and every commune, then a sort. Target: the ranking under 50 ms.
/// Not sealed because BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class MeetingsVenueRankingBenchmarks
{
    private const int Top = 10;

    private List<MemberPlace> _members = null!;
    private CandidateSet _france = null!;

    [Params(1000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var region = Gazetteer.Default.Communes.Where(c => c.RegionCode == CommuneCandidates.RegionCode).ToArray();
        var random = new Random(2022);
        _members = [.. Enumerable.Range(0, Members).Select(i =>
        {
            var commune = region[random.Next(region.Length)];
            return new MemberPlace(Guid.NewGuid(), i % 2 == 0 ? Sector.LocalDevelopment : Sector.SocialAction,
                commune.Location, commune.Precision != LocationPrecision.Commune);
        })];
        _france = CommuneCandidates.France;
    }

    [Benchmark(Baseline = true, Description = "naive haversine, member × commune")]
    public (string Code, double TotalKm)[] NaiveHaversine()
    {
        var places = _france.Places;
        var totals = new (string Code, double TotalKm, double MaxKm)[places.Count];
        for (var c = 0; c < places.Count; c++)
        {
            double total = 0, max = 0;
            var to = places[c].Location;
            foreach (var member in _members)
            {
                var km = GeoDistance.Kilometres(member.Location, to);
                total += km;
                max = Math.Max(max, km);
            }

            totals[c] = (places[c].CommuneCode, total, max);
        }

        return [.. totals.OrderBy(t => t.TotalKm).ThenBy(t => t.MaxKm).Take(Top).Select(t => (t.Code, t.TotalKm))];
    }

    [Benchmark(Description = "VenueRanking (weighted places, shortlist, SIMD sums)")]
    public (string Code, double TotalKm)[] Ranking() =>
        [.. VenueRanking.Rank(_members, _france, Top).Select(r => (r.Place.CommuneCode, r.TotalKm))];
}
