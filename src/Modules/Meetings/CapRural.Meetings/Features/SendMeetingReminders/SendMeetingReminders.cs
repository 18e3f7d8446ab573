using CapRural.BuildingBlocks.Http;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.SendMeetingReminders;

/// <summary>
/// Reminds the members who have not declined each planned meeting starting within <c>Meetings:ReminderDays</c>; once per
/// meeting date (a postponed meeting is reminded again). Answers how many meetings.
/// </summary>
public sealed record SendMeetingReminders : ICommand<int>;

internal sealed class SendMeetingRemindersHandler(
    MeetingsDbContext db, TimeProvider clock, IOptions<MeetingsOptions> options, IOptions<PlatformOptions> platform)
    : ICommandHandler<SendMeetingReminders, int>
{
    public async ValueTask<int> Handle(SendMeetingReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lead = TimeSpan.FromDays(Math.Max(0, options.Value.ReminderDays));
        var horizon = now + lead;
        var due = await db.Meetings
            .Where(m => m.Status == MeetingStatus.Planned && m.RemindedAt == null && m.StartsAt > now && m.StartsAt <= horizon)
            .ToListAsync(cancellationToken);
        foreach (var meeting in due)
        {
            var group = await db.FindGroupAsync(meeting.GroupId, cancellationToken);
            var venue = await db.FindVenueAsync(meeting.VenueId, cancellationToken);
            var ics = MeetingCalendar.Invitation(meeting, group.Name, venue, now);
            var replyLink = $"{platform.Value.WebsiteBaseUrl.TrimEnd('/')}/groupes/reunions/{meeting.Id}";
            // Those who said they will be absent are not chased; those who have not answered are.
            var declined = db.Rsvps.Where(r => r.MeetingId == meeting.Id && r.Response == RsvpResponse.Absent).Select(r => r.MemberId);
            foreach (var member in await db.ActiveMembers(group.Id).Where(m => !declined.Contains(m.Id)).AsNoTracking().ToListAsync(cancellationToken))
            {
                db.QueueEmail(member.ApplicationId, MeetingsEmails.Reminder(member, group, meeting, venue, replyLink, ics));
            }

            meeting.MarkReminded(now);
        }

        // The flag and the e-mails are committed together: a meeting is reminded once, or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
