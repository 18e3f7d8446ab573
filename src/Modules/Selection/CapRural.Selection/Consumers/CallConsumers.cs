using CapRural.BuildingBlocks.Outbox;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Consumers;

/// <summary>A published call becomes a call to review, with the default criteria and its target size.</summary>
internal sealed class CallOpenedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallOpened, SelectionDbContext>(db, clock)
{
    protected override Task ReactAsync(CallOpened notification, CancellationToken cancellationToken) =>
        Db.KeepCallAsync(notification.CallId, notification.Title, notification.WorkingGroupName, notification.TargetGroupSize,
            notification.FirstMeetingOn, notification.ClosesAt, cancellationToken);
}

internal sealed class CallUpdatedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallUpdated, SelectionDbContext>(db, clock)
{
    protected override Task ReactAsync(CallUpdated notification, CancellationToken cancellationToken) =>
        Db.KeepCallAsync(notification.CallId, notification.Title, notification.WorkingGroupName, notification.TargetGroupSize,
            notification.FirstMeetingOn, notification.ClosesAt, cancellationToken);
}

/// <summary>A call closed before its deadline takes no more applications: its selection may be published now.</summary>
internal sealed class CallClosedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallClosed, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(CallClosed notification, CancellationToken cancellationToken)
    {
        // The call's opening comes first in its subject's order: failing lets the outbox retry once it has arrived.
        var call = await Db.Calls.FirstOrDefaultAsync(c => c.Id == notification.CallId, cancellationToken)
            ?? throw new InvalidOperationException($"Call {notification.CallId} is not known yet.");
        call.Close(notification.ClosedAt);
    }
}

internal static class CallCopies
{
    /// <summary>Creates or refreshes Selection's copy of the call: an update may arrive before the opening it follows.</summary>
    public static async Task KeepCallAsync(this SelectionDbContext db, Guid callId, string title, string workingGroupName, int targetGroupSize,
        DateOnly firstMeetingOn, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            call = SelectionCall.Open(callId, title, workingGroupName, targetGroupSize);
            db.Calls.Add(call);
        }

        call.Update(title, workingGroupName, targetGroupSize, firstMeetingOn, closesAt);
    }
}
