using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class MeetingCalendarTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Meeting NewMeeting() => Meeting.Schedule(Guid.NewGuid(), new MeetingPlan(
        "Première réunion",
        new DateTimeOffset(2022, 4, 7, 7, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2022, 4, 7, 14, 30, 0, TimeSpan.Zero),
        MeetingFormat.Hybrid,
        Guid.NewGuid(),
        "https://visio.test/g",
        ["Tour de table", "Calendrier"]), Now);

    private static Venue Venue() => Domain.Venue.Register("Maison des associations", "2 rue Gilbert Romme", "63113", "Clermont-Ferrand",
        45.78, 3.08, 30, "Plain-pied", Now);

    [Fact]
    public void An_invitation_is_in_Paris_time_with_its_time_zone_and_a_stable_uid()
    {
        var meeting = NewMeeting();

        var calendar = Ical.Net.Calendar.Load(MeetingCalendar.Invitation(meeting, "Mailler les ingénieries", Venue(), Now))!;

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal(MeetingCalendar.Uid(meeting.Id), invitation.Uid);
        Assert.Equal(0, invitation.Sequence);
        Assert.Equal("Europe/Paris", invitation.DtStart!.TzId);
        Assert.Equal(new DateTime(2022, 4, 7, 9, 30, 0), invitation.DtStart.Value);
        Assert.Equal(new DateTime(2022, 4, 7, 7, 30, 0, DateTimeKind.Utc), invitation.DtStart.AsUtc);
        Assert.Contains("Clermont-Ferrand", invitation.Location, StringComparison.Ordinal);
        Assert.Contains("Calendrier", invitation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_keeps_the_uid_and_raises_the_sequence_and_a_cancellation_says_so()
    {
        var meeting = NewMeeting();
        meeting.Change(meeting.Plan with { Format = MeetingFormat.Remote }, Now);
        var changed = Assert.Single(Ical.Net.Calendar.Load(MeetingCalendar.Invitation(meeting, "Groupe", null, Now))!.Events);
        Assert.Equal(MeetingCalendar.Uid(meeting.Id), changed.Uid);
        Assert.Equal(1, changed.Sequence);
        Assert.Equal("https://visio.test/g", changed.Location);

        meeting.Cancel(Now);
        var calendar = Ical.Net.Calendar.Load(MeetingCalendar.Invitation(meeting, "Groupe", null, Now))!;
        Assert.Equal("CANCEL", calendar.Method);
        var cancelled = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(2, cancelled.Sequence);
    }
}
