using CapRural.BuildingBlocks.Http;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

/// <summary>
/// Queues the e-mail of a meeting to every member, in the same transaction as the change; <c>notes</c>
/// adds a paragraph for some members (their reply changed with the format).
/// </summary>
internal static class MeetingNotices
{
    public enum Kind
    {
        Invitation,
        Change,
        Cancellation,
    }

    public static async Task<int> TellMembersAsync(
        this MeetingsDbContext db, Kind kind, WorkingGroup group, Meeting meeting, PlatformOptions platform, DateTimeOffset now, CancellationToken cancellationToken,
        IReadOnlyDictionary<Guid, string>? notes = null, Venue? venueOverride = null)
    {
        // An edited venue is told before it is saved: the caller passes it as it will be.
        var venue = venueOverride ?? await db.FindVenueAsync(meeting.VenueId, cancellationToken);
        var ics = MeetingCalendar.Invitation(meeting, group.Name, venue, now);
        var replyLink = $"{platform.WebsiteBaseUrl.TrimEnd('/')}/groupes/reunions/{meeting.Id}";
        var members = await db.ActiveMembers(group.Id).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            db.QueueEmail(member.ApplicationId, kind switch
            {
                Kind.Invitation => MeetingsEmails.Invitation(member, group, meeting, venue, replyLink, ics),
                Kind.Change => MeetingsEmails.Changed(member, group, meeting, venue, replyLink, ics, notes?.GetValueOrDefault(member.Id)),
                _ => MeetingsEmails.Cancelled(member, group, meeting, ics),
            });
        }

        return members.Count;
    }
}
