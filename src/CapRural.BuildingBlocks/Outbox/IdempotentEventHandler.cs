using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Base of every integration-event consumer: the reaction and the inbox record commit together,
/// and an event already in the inbox is ignored.
/// </summary>
public abstract class IdempotentEventHandler<TEvent, TContext>(TContext context, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    // Compiled once per context type: every delivered event asks it, and a compiled query skips EF's
    // per-call work of reading the expression tree and looking up its cached plan.
    private static readonly Func<TContext, Guid, string, CancellationToken, Task<bool>> AlreadyHandled =
        EF.CompileAsyncQuery((TContext db, Guid eventId, string consumer, CancellationToken _) =>
            db.Inbox.Any(m => m.EventId == eventId && m.Consumer == consumer));

    protected TContext Db => context;

    protected TimeProvider Clock => clock;

    /// <summary>Stable name of the consumer, the second half of the inbox key.</summary>
    protected virtual string ConsumerName => GetType().FullName!;

    public async ValueTask Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var consumer = ConsumerName;
        await using var connection = await context.KeepConnectionOpenAsync(cancellationToken);
        if (await AlreadyHandled(context, notification.EventId, consumer, cancellationToken))
        {
            return;
        }

        try
        {
            await ReactAsync(notification, cancellationToken);
            context.Inbox.Add(new InboxMessage { EventId = notification.EventId, Consumer = consumer, HandledAt = clock.GetUtcNow() });
            await context.SaveChangesAsync(cancellationToken);
            // In a run of events the context serves every event of the run (DeliveryUnit): what is
            // saved need not stay tracked, and every later save would go over all of it again.
            context.ChangeTracker.Clear();
        }
        catch
        {
            // Consumers of one event may share this context: never let a failed reaction be committed by the next one.
            context.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Changes the module's state; must not call SaveChanges (the base commits once).</summary>
    protected abstract Task ReactAsync(TEvent notification, CancellationToken cancellationToken);
}
