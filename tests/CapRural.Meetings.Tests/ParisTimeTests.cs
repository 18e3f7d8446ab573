using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class ParisTimeTests
{
    [Theory]
    [InlineData("2022-04-07T09:30", "2022-04-07T07:30:00Z")]
    [InlineData("2022-01-10T09:30", "2022-01-10T08:30:00Z")]
    [InlineData("2026-03-29T03:00", "2026-03-29T01:00:00Z")]
    [InlineData("2026-10-25T02:30", "2026-10-25T00:30:00Z")]
    public void A_Paris_wall_clock_time_becomes_the_right_instant_in_summer_and_winter(string local, string utc)
    {
        Assert.True(ParisTime.TryParseLocal(local, out var parsed));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ParisTime.ToUtc(parsed));
    }

    [Theory]
    [InlineData("2026-03-29T02:00")]
    [InlineData("2026-03-29T02:30")]
    [InlineData("2022-03-27T02:15")]
    public void A_time_skipped_by_the_spring_change_does_not_exist(string local)
    {
        Assert.True(ParisTime.TryParseLocal(local, out var parsed));
        Assert.Null(ParisTime.ToUtc(parsed));
    }

    [Theory]
    [InlineData("07/04/2022 09:30")]
    [InlineData("2022-04-07T09:30:00+02:00")]
    [InlineData("2022-02-30T09:30")]
    [InlineData("")]
    public void Other_shapes_are_not_read(string text)
    {
        Assert.False(ParisTime.TryParseLocal(text, out _));
    }

    [Fact]
    public void Times_are_shown_back_in_Paris_time()
    {
        var instant = new DateTimeOffset(2022, 4, 7, 7, 30, 0, TimeSpan.Zero);
        Assert.Equal("2022-04-07T09:30", ParisTime.FormatIso(instant));
        Assert.Equal("jeudi 7 avril 2022 à 09h30", ParisTime.FormatFrench(instant));
    }
}
