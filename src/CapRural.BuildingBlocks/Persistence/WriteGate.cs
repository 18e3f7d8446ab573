using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// One writer at a time per module database, within this process (ADR 0005). Writes made while the
/// outbox is delivering — the dispatcher's claims and marks, and the consumers' reactions — go ahead
/// of queued requests: otherwise a burst of applications keeps the acknowledgement e-mails (the
/// applicants' private links) waiting behind every request still to come.
/// </summary>
internal sealed class WriteGate
{
    private static readonly ConcurrentDictionary<Type, WriteGate> Gates = new();

    private static readonly AsyncLocal<bool> Delivering = new();

    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _deliveries = new();
    private readonly Queue<TaskCompletionSource> _requests = new();
    private bool _held;

    public static WriteGate For(Type contextType) => Gates.GetOrAdd(contextType, _ => new WriteGate());

    /// <summary>Marks the current flow as outbox delivery until disposed: its writes take the gate first.</summary>
    public static DeliveryScope DeliveryFlow()
    {
        Delivering.Value = true;
        return new DeliveryScope();
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (Delivering.Value ? _deliveries : _requests).Enqueue(waiter);
        }

        // A cancelled waiter stays queued; Release skips it.
        await using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task;
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            while (_deliveries.TryDequeue(out var next) || _requests.TryDequeue(out next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            _held = false;
        }
    }

    internal readonly struct DeliveryScope : IDisposable
    {
        public void Dispose() => Delivering.Value = false;
    }
}
