using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Keeps a rush of new messages within what delivery keeps up with. While the dispatcher's last claim
/// on a module's outbox was full (more is due than one batch), a request writing new messages to that
/// outbox waits, before it commits, until the batch is delivered, or between two batches the next
/// one (at most <see cref="MaxWait"/>).
/// Intake is then paced by delivery instead of the backlog growing as long as the rush lasts: on a
/// deadline evening each applicant's 201 comes a little later and the e-mail with their private link
/// seconds sooner, the last one no longer behind every application of the rush. The dispatcher's own
/// flow (consumers' reactions) never waits. Each host paces by its own dispatcher's claims.
/// </summary>
public sealed class OutboxBacklog
{
    /// <summary>A dispatcher that stalls (a failing sender, a stopped host) delays a request by this at most.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Type, TaskCompletionSource> _behind = new();

    /// <summary>After a claim on the outbox of <paramref name="context"/>'s type: a full batch means delivery is behind.</summary>
    internal void Claimed(Type context, int claimed, int batchSize)
    {
        if (claimed >= batchSize)
        {
            _behind.GetOrAdd(context, _ => NewBatch());
        }
        else if (_behind.TryRemove(context, out var batch))
        {
            // Caught up: nothing waits any more.
            batch.TrySetResult();
        }
    }

    /// <summary>
    /// After the claimed batch is marked delivered: the requests waiting for it go on. Delivery stays
    /// behind until a claim comes back less than full: requests from then on wait for the next batch,
    /// instead of slipping through while the dispatcher claims it (on PostgreSQL, with thousands due,
    /// long enough for a rush to outrun delivery). Only the dispatcher's pass, one at a time, calls this.
    /// </summary>
    internal void Delivered(Type context)
    {
        if (_behind.TryGetValue(context, out var batch))
        {
            _behind[context] = NewBatch();
            batch.TrySetResult();
        }
    }

    /// <summary>Completes at once unless delivery is behind on this outbox; then when the batch is delivered or <see cref="MaxWait"/> passed.</summary>
    internal async Task PaceAsync(Type context, CancellationToken cancellationToken)
    {
        if (!_behind.TryGetValue(context, out var batch))
        {
            return;
        }

        try
        {
            await batch.Task.WaitAsync(MaxWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Delivery stalls: the request commits anyway, its message waits in the outbox.
        }
    }

    private static TaskCompletionSource NewBatch() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
