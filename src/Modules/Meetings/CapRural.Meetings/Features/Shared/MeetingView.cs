using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Features.Shared;

public sealed record ResponseCounts(int InPerson, int Remote, int Absent, int NoAnswer);

/// <summary>Who came, as the coordinator recorded it; null on the meeting until recorded.</summary>
public sealed record AttendanceView(IReadOnlyList<Guid> Present, int Count, DateTimeOffset RecordedAt);

/// <summary>A meeting for the coordinator; <c>actionItems</c> are the open tasks (<c>- [ ] …</c>) of its minutes.</summary>
public sealed record MeetingView(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    string StartsAt,
    string EndsAt,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    MeetingFormat Format,
    Guid? VenueId,
    string? OnlineUrl,
    IReadOnlyList<string> Agenda,
    MeetingStatus Status,
    int Sequence,
    ResponseCounts Responses,
    AttendanceView? Attendance,
    IReadOnlyList<string> ActionItems)
{
    internal static MeetingView From(Meeting m, IReadOnlyCollection<Rsvp> rsvps, int memberCount) => new(
        m.Id,
        m.GroupId,
        m.Title,
        ParisTime.FormatIso(m.StartsAt),
        ParisTime.FormatIso(m.EndsAt),
        m.StartsAt,
        m.EndsAt,
        m.Format,
        m.VenueId,
        m.OnlineUrl,
        m.Agenda,
        m.Status,
        m.Sequence,
        Count(rsvps, memberCount),
        m.AttendanceRecordedAt is { } recordedAt ? new AttendanceView(m.Present, m.Present.Count, recordedAt) : null,
        Domain.ActionItems.Open(m.Minutes));

    private static ResponseCounts Count(IReadOnlyCollection<Rsvp> rsvps, int memberCount)
    {
        var inPerson = rsvps.Count(r => r.Response == RsvpResponse.InPerson);
        var remote = rsvps.Count(r => r.Response == RsvpResponse.Remote);
        var absent = rsvps.Count(r => r.Response == RsvpResponse.Absent);
        return new ResponseCounts(inPerson, remote, absent, Math.Max(0, memberCount - rsvps.Count));
    }
}
