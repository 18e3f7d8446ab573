using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// The bookkeeping of one batch: what was delivered, what failed, which subjects are held back by a
/// failure, and the deliveries still running (at most a few at once), so that a subject's messages
/// keep their order while different subjects' events and e-mails go out side by side.
/// </summary>
internal sealed class DeliveryPass(int parallelDeliveries) : IDisposable
{
    private readonly ConcurrentQueue<Guid> _delivered = new();
    private readonly ConcurrentQueue<(OutboxMessage Message, Exception Error)> _failures = new();
    private readonly ConcurrentDictionary<Guid, byte> _held = new();
    private readonly Dictionary<Guid, Task> _sendingBySubject = [];
    private readonly List<Task> _sending = [];
    private readonly SemaphoreSlim _slots = new(parallelDeliveries, parallelDeliveries);

    public IReadOnlyCollection<Guid> Delivered => _delivered;

    public IEnumerable<(OutboxMessage Message, Exception Error)> Failures => _failures;

    /// <summary>
    /// Starts a delivery once its subject's previous message is done (unless that failed: the subject is
    /// then held back) and a slot is free; its outcome is recorded by <paramref name="attempt"/>. Never
    /// waits itself, so the batch goes on to other subjects meanwhile.
    /// </summary>
    public void Start(OutboxMessage message, Func<Task> attempt)
    {
        Task? previous = null;
        if (message.SubjectId is { } subject)
        {
            _sendingBySubject.TryGetValue(subject, out previous);
        }

        var task = RunAfterAsync(previous, message.SubjectId, attempt);
        _sending.Add(task);
        if (message.SubjectId is { } key)
        {
            _sendingBySubject[key] = task;
        }
    }

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
    }

    public void Dispose() => _slots.Dispose();

    private async Task RunAfterAsync(Task? previous, Guid? subject, Func<Task> attempt)
    {
        if (previous is not null)
        {
            await previous;
        }

        if (subject is { } held && _held.ContainsKey(held))
        {
            return;
        }

        // The slot is taken only once the subject's turn has come: a waiting message never holds one.
        await _slots.WaitAsync();
        try
        {
            await attempt();
        }
        finally
        {
            _slots.Release();
        }
    }
}
