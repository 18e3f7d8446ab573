using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Meetings.Features.Shared;
using CapRural.Territories;

namespace CapRural.Meetings.Tests;

/// <summary>"Le plus central" as the farthest member sees it, and which positions are only approximate.</summary>
public sealed class MinMaxRankingTests
{
    [Theory]
    [InlineData(5, 8)]
    [InlineData(11, 40)]
    public void Ranking_by_the_longest_trip_matches_a_brute_force_computation(int seed, int memberCount)
    {
        var random = new Random(seed);
        var communes = Gazetteer.Default.Communes.Where(c => c.RegionCode == CommuneCandidates.RegionCode).ToList();
        var members = Enumerable.Range(0, memberCount)
            .Select(_ => new MemberPlace(Guid.NewGuid(), Sector.SocialAction, communes[random.Next(communes.Count)].Location, false))
            .ToList();
        var candidates = CandidateSet.Of([.. Enumerable.Range(0, 300)
            .Select(i => communes[random.Next(communes.Count)])
            .Select((c, i) => new CandidatePlace($"{c.Name} #{i}", c.Code, null, c.Location))]);

        var ranked = VenueRanking.Rank(members, candidates, 5, RankingObjective.Max);

        var brute = candidates.Places
            .Select(p => members.Max(m => GeoDistance.Kilometres(m.Location, p.Location)))
            .Order()
            .Take(5)
            .ToList();
        Assert.Equal(5, ranked.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(brute[i], ranked[i].MaxKm, 6);
        }
    }

    [Fact]
    public void Members_of_different_communes_on_one_point_are_approximate_even_when_not_said_so()
    {
        var alleuze = Gazetteer.Default.FindCommune("15002")!;
        var lyon = Gazetteer.Default.FindCommune("69123")!;
        var members = new[]
        {
            Join("15002", alleuze.Location, approximate: false),
            Join("15004", alleuze.Location, approximate: false),
            Join("69123", lyon.Location, approximate: false),
            Join("69123", lyon.Location, approximate: false),
            Join("63113", lyon.Location, approximate: true),
        };

        var places = MemberPlaces.Of(members);

        Assert.Equal([true, true, true, true, true], places.Select(p => p.Approximate));
        Assert.Equal([true, true, false, false], MemberPlaces.Of(members[..4]).Select(p => p.Approximate));
    }

    private static Member Join(string communeCode, GeoPoint location, bool approximate) => Member.Join(Guid.NewGuid(), Guid.NewGuid(),
        new MemberDetails("Prénom", "Nom", "a@example.org", "Structure", Sector.SocialAction, "rôle", communeCode, "Commune", communeCode[..2],
            location.Latitude, location.Longitude, approximate), "hash", DateTimeOffset.UnixEpoch);
}
