using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

/// <summary>Whatever a stored text holds, it cannot add lines of its own to an .ics file.</summary>
public sealed class MeetingCalendarInjectionTests
{
    private const string Injection = "\r\nATTENDEE:mailto:intrus@example.org\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:faux";
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Meeting Meeting(string? onlineUrl) => Domain.Meeting.Schedule(Guid.NewGuid(), new MeetingPlan(
        "Réunion" + Injection,
        new DateTimeOffset(2022, 4, 7, 7, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2022, 4, 7, 14, 30, 0, TimeSpan.Zero),
        MeetingFormat.Remote,
        null,
        onlineUrl,
        ["Tour de table" + Injection]), Now);

    [Fact]
    public void Line_breaks_in_texts_links_and_the_group_name_stay_inside_their_property()
    {
        foreach (var ics in new[]
        {
            MeetingCalendar.Invitation(Meeting("https://visio.test/g" + Injection), "Groupe" + Injection, null, Now),
            MeetingCalendar.Download(Meeting("https://visio.test/g" + Injection), "Groupe" + Injection, null, Now),
            MeetingCalendar.Feed("Groupe" + Injection, [(Meeting("https://visio.test/g" + Injection), null)], Now),
        })
        {
            var lines = ics.Split("\r\n");
            Assert.Single(lines, l => l == "BEGIN:VEVENT");
            Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("SUMMARY:faux", StringComparison.Ordinal));
            Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        }
    }

    [Fact]
    public void A_single_meeting_downloaded_is_published_not_an_invitation()
    {
        var calendar = Ical.Net.Calendar.Load(MeetingCalendar.Download(Meeting("https://visio.test/g"), "Groupe", null, Now))!;
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(new Uri("https://visio.test/g"), Assert.Single(calendar.Events).Url);
    }
}
