namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Keeps a batch's claim from expiring while the batch is being delivered: every third of the lease
/// it moves the claim's expiry a lease ahead. Without it, a batch slower than its lease (an SMTP relay
/// that answers slowly: MailKit waits up to two minutes per e-mail) would be taken over by another host
/// while this one is still sending, and the same e-mails would go out twice. A host that dies stops
/// renewing, so its claims still expire one lease after its last renewal.
/// </summary>
internal sealed class ClaimRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    /// <param name="renew">Moves the claim's expiry to a lease from now.</param>
    /// <param name="failed">Told of a renewal that failed; the next one is tried at its time.</param>
    public ClaimRenewal(TimeSpan lease, TimeProvider clock, Func<CancellationToken, Task> renew, Action<Exception> failed) =>
        _renewing = RenewAsync(lease / 3, clock, renew, failed, _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }

    private static async Task RenewAsync(TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> renew, Action<Exception> failed, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stop);
                await renew(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failed(exception);
            }
        }
    }
}
