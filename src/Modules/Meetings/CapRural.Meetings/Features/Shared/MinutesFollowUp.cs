using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

/// <summary>What recording the minutes sets going: the members read them, and the open actions reach the next agenda.</summary>
internal static class MinutesFollowUp
{
    /// <summary>To each member still in the group (nobody who left), with who came as the coordinator recorded it.</summary>
    public static async Task SendMinutesAsync(this MeetingsDbContext db, WorkingGroup group, Meeting meeting, bool correction, CancellationToken cancellationToken)
    {
        var members = await db.ActiveMembers(group.Id).AsNoTracking().ToListAsync(cancellationToken);
        IReadOnlyList<string>? present = meeting.AttendanceRecordedAt is null
            ? null
            : [.. members.Where(m => meeting.Present.Contains(m.Id)).OrderBy(m => m.LastName, StringComparer.CurrentCulture).Select(m => m.FullName)];
        foreach (var member in members)
        {
            db.QueueEmail(member.ApplicationId, MeetingsEmails.Minutes(member, group, meeting, present, correction));
        }
    }

    /// <summary>The open action items join the agenda of the group's next planned meeting, if there is one.</summary>
    public static async Task CarryOverActionItemsAsync(this MeetingsDbContext db, Meeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = ActionItems.Open(meeting.Minutes);
        if (items.Count == 0)
        {
            return;
        }

        var next = await db.Meetings
            .Where(m => m.GroupId == meeting.GroupId && m.Id != meeting.Id && m.Status == MeetingStatus.Planned && m.StartsAt > meeting.StartsAt)
            .OrderBy(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        next?.CarryOver(items.Select(ActionItems.AgendaItem), now);
    }

    /// <summary>The draft agenda of a new meeting planned without one: the open actions of the last meeting held before it.</summary>
    public static async Task<IReadOnlyList<string>> DraftAgendaAsync(this MeetingsDbContext db, Guid groupId, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        var previous = await db.Meetings.AsNoTracking()
            .Where(m => m.GroupId == groupId && m.Status == MeetingStatus.Held && m.StartsAt < startsAt)
            .OrderByDescending(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        return [.. ActionItems.Open(previous?.Minutes).Select(ActionItems.AgendaItem).Take(Meeting.AgendaItemsMax)];
    }
}
