using CapRural.BuildingBlocks.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>The one background loop that drains every module's outbox, from the moment the host has started (<see cref="HostStart"/>).</summary>
public sealed class OutboxDispatcher(OutboxProcessor processor, OutboxSignal signal, IHostApplicationLifetime lifetime, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var attempted = await processor.ProcessNoticedAsync(signal, PollInterval, stoppingToken);
                if (attempted >= OutboxProcessor.BatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox pass failed; retrying");
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }
}
