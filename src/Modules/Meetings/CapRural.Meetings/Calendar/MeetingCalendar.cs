using System.Text;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.Meetings.Domain;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace CapRural.Meetings.Calendar;

/// <summary>
/// RFC 5545 files for meetings: times in Europe/Paris with its VTIMEZONE, a UID that never changes,
/// and the meeting's sequence, so a calendar app replaces its copy when a meeting moves.
/// </summary>
internal static class MeetingCalendar
{
    public const string ContentType = "text/calendar";

    // The VTIMEZONE covers every meeting the platform may hold, the first ones (2022) included.
    private static readonly DateTime EarliestSupported = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static string Uid(Guid meetingId) => $"{meetingId:N}@caprural.org";

    /// <summary>An invitation (METHOD:REQUEST), or a cancellation (METHOD:CANCEL) for a cancelled meeting.</summary>
    public static string Invitation(Meeting meeting, string groupName, Venue? venue, DateTimeOffset now)
    {
        var calendar = NewCalendar();
        calendar.Method = meeting.Status == MeetingStatus.Cancelled ? "CANCEL" : "REQUEST";
        calendar.Events.Add(Event(meeting, groupName, venue, now));
        return Serialise(calendar);
    }

    /// <summary>One meeting to save in a calendar (METHOD:PUBLISH): a copy, not an invitation to answer.</summary>
    public static string Download(Meeting meeting, string groupName, Venue? venue, DateTimeOffset now)
    {
        var calendar = NewCalendar();
        calendar.Method = "PUBLISH";
        calendar.Events.Add(Event(meeting, groupName, venue, now));
        return Serialise(calendar);
    }

    /// <summary>The group's calendar for a subscription (METHOD:PUBLISH): every meeting, cancelled ones marked so.</summary>
    public static string Feed(string groupName, IEnumerable<(Meeting Meeting, Venue? Venue)> meetings, DateTimeOffset now)
    {
        var calendar = NewCalendar();
        calendar.Method = "PUBLISH";
        calendar.AddProperty("X-WR-CALNAME", OneLine(groupName));
        calendar.AddProperty("X-WR-TIMEZONE", ParisTime.ZoneId);
        foreach (var (meeting, venue) in meetings)
        {
            calendar.Events.Add(Event(meeting, groupName, venue, now));
        }

        return Serialise(calendar);
    }

    public static EmailAttachment Attachment(string ics) =>
        new("invitation.ics", ContentType, Encoding.UTF8.GetBytes(ics));

    private static IcalCalendar NewCalendar()
    {
        var calendar = new IcalCalendar { ProductId = "-//Cap Rural//Groupes de travail//FR" };
        calendar.AddTimeZone(ParisTime.ZoneId, EarliestSupported, includeHistoricalData: false);
        return calendar;
    }

    private static CalendarEvent Event(Meeting meeting, string groupName, Venue? venue, DateTimeOffset now) => new()
    {
        Uid = Uid(meeting.Id),
        Sequence = meeting.Sequence,
        Summary = meeting.Title,
        Description = Description(meeting, groupName),
        DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
        DtStart = new CalDateTime(ParisTime.ToLocal(meeting.StartsAt), ParisTime.ZoneId),
        DtEnd = new CalDateTime(ParisTime.ToLocal(meeting.EndsAt), ParisTime.ZoneId),
        Location = Location(meeting, venue),
        Url = SafeUri(meeting.OnlineUrl),
        Status = meeting.Status == MeetingStatus.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
    };

    private static string? Location(Meeting meeting, Venue? venue) => meeting.Format switch
    {
        MeetingFormat.Remote => meeting.OnlineUrl,
        _ when venue is not null => $"{venue.Name}, {venue.Address}, {venue.CommuneName}",
        _ => null,
    };

    private static string Description(Meeting meeting, string groupName)
    {
        var text = new StringBuilder($"Groupe de travail « {groupName} »");
        if (meeting.OnlineUrl is not null)
        {
            text.Append($"\nLien de visioconférence : {meeting.OnlineUrl}");
        }

        if (meeting.Agenda.Count > 0)
        {
            text.Append("\nOrdre du jour :");
            foreach (var item in meeting.Agenda)
            {
                text.Append($"\n- {item}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// URI values are written as they are (RFC 5545 does not escape them): a line break would start
    /// a property of its own, so only a well-formed web address without control characters is kept.
    /// Text values (summary, description, location) are escaped by the serializer.
    /// </summary>
    private static Uri? SafeUri(string? url) =>
        url is not null && !url.Any(char.IsControl) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    // Custom X- properties are not escaped by the serializer.
    private static string OneLine(string text) => new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);

    private static string Serialise(IcalCalendar calendar) => new CalendarSerializer().SerializeToString(calendar)!;
}
