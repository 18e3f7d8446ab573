using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// One writer at a time per module database on SQLite, within this process (ADR 0005); PostgreSQL
/// takes concurrent writers itself, so there the gate lets everyone through. Writes made while the
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

    /// <summary>Waits for the context's gate (SQLite only); dispose the answer to let the next writer in.</summary>
    public static async ValueTask<Turn> EnterAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!context.IsOnSqlite())
        {
            return default;
        }

        var gate = Gates.GetOrAdd(context.GetType(), _ => new WriteGate());
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    /// <summary>Whether the current flow is outbox delivery (the dispatcher's claims and marks, the consumers' reactions).</summary>
    public static bool InDeliveryFlow => Delivering.Value;

    /// <summary>Marks the current flow as outbox delivery until disposed: its writes take the gate first.</summary>
    public static DeliveryScope DeliveryFlow()
    {
        Delivering.Value = true;
        return new DeliveryScope();
    }

    private async Task WaitAsync(CancellationToken cancellationToken)
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

    private void Release()
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

    internal readonly struct Turn(WriteGate? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }

    internal readonly struct DeliveryScope : IDisposable
    {
        public void Dispose() => Delivering.Value = false;
    }
}
