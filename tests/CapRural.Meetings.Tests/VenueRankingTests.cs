using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Territories;

namespace CapRural.Meetings.Tests;

/// <summary>The ranking against the obvious computation: every member to every candidate with the haversine formula.</summary>
public sealed class VenueRankingTests
{
    internal static readonly IReadOnlyList<Commune> RegionCommunes =
        [.. Gazetteer.Default.Communes.Where(c => c.RegionCode == CommuneCandidates.RegionCode)];

    [Theory]
    [InlineData(1, 5)]
    [InlineData(7, 25)]
    [InlineData(42, 120)]
    public void The_best_places_are_those_a_brute_force_computation_finds(int seed, int memberCount)
    {
        var random = new Random(seed);
        var members = RandomMembers(random, memberCount);
        var candidates = CandidateSet.Of([.. Enumerable.Range(0, 800)
            .Select(_ => RegionCommunes[random.Next(RegionCommunes.Count)])
            .Select((c, i) => new CandidatePlace($"{c.Name} #{i}", c.Code, Guid.NewGuid(), c.Location))]);

        var ranked = VenueRanking.Rank(members, candidates, 10);

        var brute = candidates.Places
            .Select(p => (Place: p, Km: members.Select(m => GeoDistance.Kilometres(m.Location, p.Location)).ToList()))
            .OrderBy(x => x.Km.Sum())
            .Take(10)
            .ToList();
        Assert.Equal(10, ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            // Equal totals may come in either order; the totals at each rank must agree.
            Assert.Equal(brute[i].Km.Sum(), ranked[i].TotalKm, 6);
            Assert.Equal(brute[i].Km.Max(), ranked[i].MaxKm, 6);
            Assert.Equal(brute[i].Km.Average(), ranked[i].AverageKm, 6);
        }

        var first = ranked[0];
        var expected = members.Select(m => GeoDistance.Kilometres(m.Location, first.Place.Location)).ToList();
        Assert.Equal(members.Select(m => m.MemberId), first.Members.Select(d => d.MemberId));
        for (var m = 0; m < members.Count; m++)
        {
            Assert.Equal(expected[m], first.Members[m].Km, 6);
            Assert.Equal(members[m].Approximate, first.Members[m].Approximate);
        }
    }

    [Fact]
    public void Every_commune_of_France_is_ranked_like_the_brute_force_computation()
    {
        var members = RandomMembers(new Random(3), 60);
        var ranked = VenueRanking.Rank(members, CommuneCandidates.France, 5);

        var brute = Gazetteer.Default.Communes
            .Select(c => members.Sum(m => GeoDistance.Kilometres(m.Location, c.Location)))
            .Order()
            .Take(5)
            .ToList();
        Assert.Equal(brute, ranked.Select(r => r.TotalKm), new KmComparer());
        Assert.All(ranked, r => Assert.Equal("84", Gazetteer.Default.FindCommune(r.Place.CommuneCode)!.RegionCode));
    }

    [Fact]
    public void Members_of_the_same_commune_count_once_per_person()
    {
        var clermont = Gazetteer.Default.FindCommune("63113")!.Location;
        var lyon = Gazetteer.Default.FindCommune("69123")!.Location;
        var members = new List<MemberPlace>
        {
            new(Guid.NewGuid(), Sector.SocialAction, clermont, false),
            new(Guid.NewGuid(), Sector.SocialAction, clermont, false),
            new(Guid.NewGuid(), Sector.LocalDevelopment, clermont, false),
            new(Guid.NewGuid(), Sector.LocalDevelopment, lyon, true),
        };
        var candidates = CandidateSet.Of([new("Clermont", "63113", null, clermont), new("Lyon", "69123", null, lyon)]);

        var ranked = VenueRanking.Rank(members, candidates, 2);

        var between = GeoDistance.Kilometres(clermont, lyon);
        Assert.Equal("Clermont", ranked[0].Place.Name);
        Assert.Equal(between, ranked[0].TotalKm, 6);
        Assert.Equal(3 * between, ranked[1].TotalKm, 6);
        Assert.Equal(between / 2, ranked[0].BySector.LocalDevelopment.AverageKm!.Value, 6);
        Assert.Equal(0, ranked[0].BySector.SocialAction.MaxKm!.Value, 6);
        Assert.True(ranked[0].Members[3].Approximate);
    }

    [Fact]
    public void No_member_gives_no_suggestion()
    {
        Assert.Empty(VenueRanking.Rank([], CommuneCandidates.Region, 10));
    }

    [Fact]
    public void The_geometric_median_travels_no_more_than_the_best_commune()
    {
        var members = RandomMembers(new Random(11), 40);
        var places = DistinctPlaces.Of(members);

        var median = GeometricMedian.Of(places.Points, places.Weights);

        var atMedian = members.Sum(m => GeoDistance.Kilometres(m.Location, median));
        var best = VenueRanking.Rank(members, CommuneCandidates.Region, 1)[0].TotalKm;
        Assert.True(atMedian <= best + 0.5, $"median {atMedian:F1} km, best commune {best:F1} km");
        Assert.Equal("84", CommuneCandidates.Nearest(median).RegionCode);
    }

    [Fact]
    public void The_median_of_a_single_place_is_that_place()
    {
        var annecy = Gazetteer.Default.FindCommune("74010")!.Location;
        var median = GeometricMedian.Of([annecy], [3]);
        Assert.Equal(annecy.Latitude, median.Latitude, 9);
        Assert.Equal(annecy.Longitude, median.Longitude, 9);
        Assert.Equal("74010", CommuneCandidates.Nearest(median).Code);
    }

    /// <summary>Members in random communes of the region, several per commune sometimes, both sectors.</summary>
    internal static List<MemberPlace> RandomMembers(Random random, int count)
    {
        var communes = Enumerable.Range(0, Math.Max(1, count / 2)).Select(_ => RegionCommunes[random.Next(RegionCommunes.Count)]).ToList();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var commune = communes[random.Next(communes.Count)];
            return new MemberPlace(Guid.NewGuid(), random.Next(2) == 0 ? Sector.LocalDevelopment : Sector.SocialAction,
                commune.Location, commune.Precision != LocationPrecision.Commune);
        })];
    }

    private sealed class KmComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
