using Microsoft.Extensions.Hosting;

namespace CapRural.BuildingBlocks.Modules;

/// <summary>
/// Background loops (the outbox dispatcher, periodic jobs) begin once the host has started: its
/// databases migrated and its server listening. A host starts on as few as two cores; catching up on
/// overdue jobs and queued messages beside the start (each loop's first database access builds EF
/// Core's services) would keep it from answering for longer than the catching up saves.
/// </summary>
internal static class HostStart
{
    /// <summary>Completes when the host has started; cancelled when it stops first.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        using var startedOrStopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStarted, stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, startedOrStopping.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Started.
        }
    }
}
