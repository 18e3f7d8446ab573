using CapRural.Meetings.Domain.Centrality;

namespace CapRural.Meetings.Tests;

/// <summary>The series planner against every possible sequence of venues, on small random instances.</summary>
public sealed class SeriesPlannerTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_plan_is_as_fair_as_the_best_of_every_sequence_then_as_short(int seed)
    {
        var random = new Random(seed);
        var venues = random.Next(1, 7);
        var places = random.Next(1, 9);
        var meetings = random.Next(1, 5);
        var weights = Enumerable.Range(0, places).Select(_ => (double)random.Next(1, 4)).ToArray();
        // Integer kilometres make ties frequent, the hard case for a branch and bound.
        var km = Enumerable.Range(0, venues).Select(_ => Enumerable.Range(0, places).Select(_ => (double)random.Next(0, 30)).ToArray()).ToArray();

        var plan = SeriesPlanner.Solve(km, weights, meetings);
        var best = SeriesPlanner.Exhaustive(km, weights, meetings);

        Assert.Equal(meetings, plan.Venues.Length);
        Assert.Equal(best.MaxMemberKm, plan.MaxMemberKm, 6);
        Assert.Equal(best.TotalKm, plan.TotalKm, 6);
        var (max, total) = SeriesPlanner.Evaluate(km, weights, plan.Venues);
        Assert.Equal(plan.MaxMemberKm, max, 6);
        Assert.Equal(plan.TotalKm, total, 6);
    }

    [Fact]
    public void Sharing_the_burden_beats_the_most_central_venue_every_time()
    {
        // Venue 0 is next to three members and far from the fourth; venue 1 is next to the fourth.
        double[][] km = [[0, 0, 0, 100], [80, 80, 80, 0]];
        double[] weights = [1, 1, 1, 1];

        var plan = SeriesPlanner.Solve(km, weights, 4);

        // Twice each: the three drive 160 km, the fourth 200; the first venue every time would make the fourth drive 400.
        Assert.Equal([0, 0, 1, 1], plan.Venues);
        Assert.Equal(200, plan.MaxMemberKm, 6);
        Assert.True(plan.MaxMemberKm < SeriesPlanner.Evaluate(km, weights, [0, 0, 0, 0]).MaxMemberKm);
    }
}
