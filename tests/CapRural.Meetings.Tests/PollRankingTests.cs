using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class PollRankingTests
{
    private static readonly DateTimeOffset June = new(2026, 6, 16, 7, 30, 0, TimeSpan.Zero);
    private static readonly Guid Social = Guid.NewGuid();
    private static readonly Guid Local1 = Guid.NewGuid();
    private static readonly Guid Local2 = Guid.NewGuid();

    private static readonly Dictionary<Guid, Sector> Members = new()
    {
        [Social] = Sector.SocialAction,
        [Local1] = Sector.LocalDevelopment,
        [Local2] = Sector.LocalDevelopment,
    };

    private static PollOption Option(int week) => new(Guid.NewGuid(), June.AddDays(7 * week), June.AddDays(7 * week).AddHours(3));

    [Fact]
    public void Yes_counts_two_if_needed_one_and_no_nothing()
    {
        var a = Option(0);
        var b = Option(1);
        var ranked = PollRanking.Rank([a, b],
        [
            (a.Id, Social, Availability.IfNeeded), (a.Id, Local1, Availability.IfNeeded), (a.Id, Local2, Availability.No),
            (b.Id, Social, Availability.Yes), (b.Id, Local1, Availability.Yes),
        ], Members);

        Assert.Equal([b.Id, a.Id], ranked.Select(r => r.Option.Id));
        Assert.Equal(4, ranked[0].Score);
        Assert.Equal(1, ranked[0].NoAnswer);
        Assert.Equal((0, 2, 1, 2), (ranked[1].Yes, ranked[1].IfNeeded, ranked[1].No, ranked[1].Score));
    }

    [Fact]
    public void At_equal_availability_a_date_both_sectors_can_attend_comes_first_then_the_earliest()
    {
        var early = Option(0);
        var mixed = Option(1);
        var later = Option(2);
        var ranked = PollRanking.Rank([early, mixed, later],
        [
            (early.Id, Local1, Availability.Yes), (early.Id, Local2, Availability.Yes), (early.Id, Social, Availability.No),
            (mixed.Id, Local1, Availability.Yes), (mixed.Id, Social, Availability.Yes),
            (later.Id, Local1, Availability.Yes), (later.Id, Local2, Availability.Yes),
        ], Members);

        Assert.Equal([mixed.Id, early.Id, later.Id], ranked.Select(r => r.Option.Id));
        Assert.Equal([true, false, false], ranked.Select(r => r.BothSectors));
    }

    [Fact]
    public void Votes_of_people_no_longer_in_the_group_do_not_count()
    {
        var a = Option(0);
        var ranked = PollRanking.Rank([a], [(a.Id, Guid.NewGuid(), Availability.Yes)], Members);
        Assert.Equal(0, Assert.Single(ranked).Score);
        Assert.Equal(3, ranked[0].NoAnswer);
    }
}
