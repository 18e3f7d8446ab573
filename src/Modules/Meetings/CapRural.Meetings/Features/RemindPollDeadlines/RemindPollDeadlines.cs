using CapRural.BuildingBlocks.Http;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.RemindPollDeadlines;

/// <summary>
/// The day before an open poll's deadline, reminds the members who have not voted yet; once per poll.
/// Answers how many polls.
/// </summary>
public sealed record RemindPollDeadlines : ICommand<int>;

internal sealed class RemindPollDeadlinesHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : ICommandHandler<RemindPollDeadlines, int>
{
    public static readonly TimeSpan Lead = TimeSpan.FromDays(1);

    public async ValueTask<int> Handle(RemindPollDeadlines command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Lead;
        var due = await db.DatePolls
            .Where(p => p.Status == DatePollStatus.Open && p.ClosesAt != null && p.DeadlineRemindedAt == null && p.ClosesAt > now && p.ClosesAt <= horizon)
            .ToListAsync(cancellationToken);
        foreach (var poll in due)
        {
            var group = await db.FindGroupAsync(poll.GroupId, cancellationToken);
            var link = $"{platform.Value.WebsiteBaseUrl.TrimEnd('/')}/groupes/sondages/{poll.Id}";
            var voted = db.PollVotes.Where(v => v.PollId == poll.Id).Select(v => v.MemberId);
            foreach (var member in await db.ActiveMembers(group.Id).Where(m => !voted.Contains(m.Id)).AsNoTracking().ToListAsync(cancellationToken))
            {
                db.QueueEmail(member.ApplicationId, PollEmails.DeadlineReminder(member, group, poll, link));
            }

            poll.MarkDeadlineReminded(now);
        }

        // The flag and the e-mails are committed together: a poll is reminded once, or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
