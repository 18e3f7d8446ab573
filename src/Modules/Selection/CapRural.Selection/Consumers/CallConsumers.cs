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
    protected override async Task ReactAsync(CallOpened notification, CancellationToken cancellationToken)
    {
        var call = await Db.Calls.FirstOrDefaultAsync(c => c.Id == notification.CallId, cancellationToken);
        if (call is null)
        {
            Db.Calls.Add(SelectionCall.Open(notification.CallId, notification.Title, notification.WorkingGroupName, notification.TargetGroupSize));
        }
        else
        {
            call.Update(notification.Title, notification.WorkingGroupName, notification.TargetGroupSize);
        }
    }
}

internal sealed class CallUpdatedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CallUpdated, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(CallUpdated notification, CancellationToken cancellationToken)
    {
        var call = await Db.Calls.FirstOrDefaultAsync(c => c.Id == notification.CallId, cancellationToken);
        if (call is null)
        {
            Db.Calls.Add(SelectionCall.Open(notification.CallId, notification.Title, notification.WorkingGroupName, notification.TargetGroupSize));
        }
        else
        {
            call.Update(notification.Title, notification.WorkingGroupName, notification.TargetGroupSize);
        }
    }
}
