using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Territories;

namespace CapRural.Meetings.Tests;

/// <summary>Ranking a shortlist of the communes gives, to the last bit, what measuring every member to every commune gives.</summary>
public sealed class ShortlistRankingTests
{
    [Theory]
    [InlineData(1, 1, false, 10, RankingObjective.Total)]
    [InlineData(2, 3, false, 1, RankingObjective.Total)]
    [InlineData(3, 150, false, 10, RankingObjective.Total)]
    [InlineData(4, 150, false, 10, RankingObjective.Max)]
    [InlineData(5, 400, false, 50, RankingObjective.Total)]
    [InlineData(6, 80, true, 10, RankingObjective.Total)]
    [InlineData(7, 80, true, 25, RankingObjective.Max)]
    [InlineData(8, 33, false, 3, RankingObjective.Max)]
    public void Every_commune_of_France_ranks_as_when_all_are_measured(
        int seed, int memberCount, bool acrossFrance, int top, RankingObjective objective)
    {
        var random = new Random(seed);
        var from = acrossFrance ? Gazetteer.Default.Communes : VenueRankingTests.RegionCommunes;
        var members = Enumerable.Range(0, memberCount)
            .Select(_ => from[random.Next(from.Count)])
            .Select(c => new MemberPlace(Guid.NewGuid(), Sector.SocialAction, c.Location, false))
            .ToList();

        var ranked = VenueRanking.Rank(members, CommuneCandidates.France, top, objective);

        var expected = MeasuringAll(members, CommuneCandidates.France, top, objective);
        Assert.Equal(expected.Select(e => e.Place.CommuneCode), ranked.Select(r => r.Place.CommuneCode));
        Assert.Equal(expected.Select(e => e.TotalKm), ranked.Select(r => r.TotalKm));
        Assert.Equal(expected.Select(e => e.MaxKm), ranked.Select(r => r.MaxKm));
    }

    [Fact]
    public void A_region_wide_group_measures_a_small_part_of_France()
    {
        var random = new Random(2022);
        var members = Enumerable.Range(0, 1000)
            .Select(_ => new MemberPlace(Guid.NewGuid(), Sector.LocalDevelopment, VenueRankingTests.RegionCommunes[random.Next(VenueRankingTests.RegionCommunes.Count)].Location, false))
            .ToList();

        var shortlist = CandidateShortlist.Of(DistinctPlaces.Of(members), CommuneCandidates.France, 10, RankingObjective.Total);

        Assert.InRange(shortlist.Length, 10, CommuneCandidates.France.Places.Count / 10);
    }

    /// <summary>Today's computation without a shortlist: every place to every candidate, then sorted by the same keys.</summary>
    private static List<(CandidatePlace Place, double TotalKm, double MaxKm)> MeasuringAll(
        List<MemberPlace> members, CandidateSet candidates, int top, RankingObjective objective)
    {
        var places = DistinctPlaces.Of(members);
        var sums = GeoDistance.SumOfDistances(places.Vectors, places.Weights, candidates.Vectors);
        var all = Enumerable.Range(0, candidates.Places.Count)
            .Select(i => (Place: candidates.Places[i], TotalKm: sums.Totals[i], MaxKm: sums.Maxima[i]));
        var sorted = objective == RankingObjective.Max
            ? all.OrderBy(x => x.MaxKm).ThenBy(x => x.TotalKm)
            : all.OrderBy(x => x.TotalKm).ThenBy(x => x.MaxKm);
        return [.. sorted.ThenBy(x => x.Place.Name, StringComparer.Ordinal).Take(top)];
    }
}
