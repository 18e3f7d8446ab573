using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// The bookkeeping of one batch: what was delivered, what failed, which subjects are held back by a
/// failure, and the deliveries still running (at most a few at once), so that a subject's messages
/// keep their order while different subjects' e-mails, and the runs of events between them, go out
/// side by side.
/// </summary>
internal sealed class DeliveryPass(int parallelDeliveries) : IDisposable
{
    private readonly ConcurrentQueue<Guid> _delivered = new();
    private readonly ConcurrentQueue<(OutboxMessage Message, Exception Error)> _failures = new();
    private readonly ConcurrentDictionary<Guid, byte> _held = new();
    private readonly Dictionary<Guid, Task> _sendingBySubject = [];
    private readonly List<Task> _sending = [];
    private readonly SemaphoreSlim _slots = new(parallelDeliveries, parallelDeliveries);
    private Task? _lastRun;

    public IReadOnlyCollection<Guid> Delivered => _delivered;

    public IEnumerable<(OutboxMessage Message, Exception Error)> Failures => _failures;

    /// <summary>
    /// Starts the delivery of <paramref name="messages"/> (one e-mail, or a run of events committed
    /// together) once each of their subjects' previous messages is done and a slot is free; the
    /// outcomes are recorded by <paramref name="attempt"/>, which skips subjects held back by a failure
    /// (<see cref="IsHeld"/>). A run started <paramref name="afterPreviousRun"/> also waits for the one
    /// started so before it: on SQLite two runs holding module transactions at once could each wait for
    /// the other's write gate. Never waits itself, so the batch goes on to other subjects meanwhile.
    /// </summary>
    public void Start(IReadOnlyList<OutboxMessage> messages, bool afterPreviousRun, Func<Task> attempt)
    {
        var previous = messages
            .Select(m => m.SubjectId is { } subject && _sendingBySubject.TryGetValue(subject, out var task) ? task : null)
            .Append(afterPreviousRun ? _lastRun : null)
            .OfType<Task>()
            .Distinct()
            .ToList();
        var started = RunAfterAsync(previous, attempt);
        _sending.Add(started);
        if (afterPreviousRun)
        {
            _lastRun = started;
        }

        foreach (var message in messages)
        {
            if (message.SubjectId is { } subject)
            {
                _sendingBySubject[subject] = started;
            }
        }
    }

    /// <summary>Whether an earlier failure of the message's subject in this batch holds it back.</summary>
    public bool IsHeld(OutboxMessage message) => message.SubjectId is { } subject && _held.ContainsKey(subject);

    public void Succeeded(OutboxMessage message) => _delivered.Enqueue(message.Id);

    public void Failed(OutboxMessage message, Exception error)
    {
        _failures.Enqueue((message, error));
        if (message.SubjectId is { } subject)
        {
            _held.TryAdd(subject, 0);
        }
    }

    /// <summary>Waits for every delivery still running; one cut short by shutdown stays undelivered.</summary>
    public async Task DrainAsync()
    {
        try
        {
            await Task.WhenAll(_sending);
        }
        catch (OperationCanceledException)
        {
            // Not recorded as delivered: it is delivered again by the next pass.
        }

        _sending.Clear();
        _sendingBySubject.Clear();
        _lastRun = null;
    }

    public void Dispose() => _slots.Dispose();

    private async Task RunAfterAsync(List<Task> previous, Func<Task> attempt)
    {
        await Task.WhenAll(previous);

        // The slot is taken only once the subjects' turn has come: a waiting delivery never holds one.
        await _slots.WaitAsync();
        try
        {
            // On a thread of its own: an attempt that never yields (a pickup file is written in one
            // synchronous call) would otherwise run on the thread that freed its turn, and the
            // e-mails behind one run of events would go out one after another, not side by side.
            await Task.Run(attempt);
        }
        finally
        {
            _slots.Release();
        }
    }
}
