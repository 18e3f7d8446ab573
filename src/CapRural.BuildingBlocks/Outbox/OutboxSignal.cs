namespace CapRural.BuildingBlocks.Outbox;

/// <summary>Wakes the dispatcher as soon as a message is committed, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will see every committed message on its next pass.
        }
    }

    public void Dispose() => _signal.Dispose();

    /// <summary>True when a message was committed since the last wait, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
