using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using CapRural.Registration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Consumers;

/// <summary>A published call forms its working group: name, meetings per year, first meeting date.</summary>
internal sealed class CallOpenedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallOpened, MeetingsDbContext>(db, clock)
{
    protected override Task ReactAsync(CallOpened notification, CancellationToken cancellationToken) =>
        Db.FormOrUpdateGroupAsync(notification.CallId, notification.WorkingGroupName, notification.MeetingsPerYear,
            notification.FirstMeetingOn, notification.Themes, Clock.GetUtcNow(), cancellationToken);
}

internal sealed class CallUpdatedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallUpdated, MeetingsDbContext>(db, clock)
{
    protected override Task ReactAsync(CallUpdated notification, CancellationToken cancellationToken) =>
        Db.FormOrUpdateGroupAsync(notification.CallId, notification.WorkingGroupName, notification.MeetingsPerYear,
            notification.FirstMeetingOn, notification.Themes, Clock.GetUtcNow(), cancellationToken);
}

internal static class GroupFormation
{
    public static async Task FormOrUpdateGroupAsync(this MeetingsDbContext db, Guid callId, string name, int meetingsPerYear,
        DateOnly firstMeetingOn, IEnumerable<string> themes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == callId, cancellationToken);
        if (group is null)
        {
            db.Groups.Add(WorkingGroup.Form(callId, name, meetingsPerYear, firstMeetingOn, themes, now));
        }
        else
        {
            group.Update(name, meetingsPerYear, firstMeetingOn, themes);
        }
    }
}
