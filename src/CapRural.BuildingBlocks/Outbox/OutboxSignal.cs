using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as a message is committed, instead of waiting for its next poll, and
/// tells it which modules' outboxes have news, so a pass in a rush looks only at those.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>The context types (one per module) whose outbox received a message since the dispatcher last looked at it.</summary>
    private readonly ConcurrentDictionary<Type, byte> _noticed = new();

    // 1 while a wake-up is pending: in a rush every commit notifies, and all but the first since the
    // dispatcher last woke return here, instead of queueing on the semaphore's lock to be refused with
    // an exception (a profile of a burst: ~6 % of the host's busy time went there).
    private int _pending;

    /// <summary>A message was committed to the outbox of <paramref name="context"/>'s module.</summary>
    public void Notify(Type context)
    {
        // Before the wake-up: the pass it starts must find the module noticed.
        _noticed.TryAdd(context, 0);
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Whether <paramref name="context"/>'s module was notified since the last call; clears it.</summary>
    public bool TakeNotice(Type context) => _noticed.TryRemove(context, out _);

    public void Dispose() => _signal.Dispose();

    /// <summary>True when a message was committed since the last wait, false when the timeout passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await _signal.WaitAsync(timeout, cancellationToken))
        {
            return false;
        }

        // Cleared before the pass this wake-up starts, so a commit the pass might miss notifies again.
        Interlocked.Exchange(ref _pending, 0);
        return true;
    }
}
