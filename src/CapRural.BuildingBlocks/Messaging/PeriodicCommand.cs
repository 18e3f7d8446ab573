using CapRural.BuildingBlocks.Modules;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapRural.BuildingBlocks.Messaging;

/// <summary>
/// Whose turn it is to run a periodic job: with several hosts on one database, each job runs once per
/// interval across all of them (the host keeps the turns in its database, ADR 0011).
/// </summary>
public interface IJobTurns
{
    /// <summary>True when this host takes the run of <paramref name="job"/> due now; the next one is then due after <paramref name="interval"/>.</summary>
    Task<bool> TryTakeAsync(string job, TimeSpan interval, CancellationToken cancellationToken);
}

/// <summary>
/// Sends a command through the mediator at a fixed interval, in its own scope (closing calls at their
/// deadline, meeting reminders), when this host takes the job's turn. A failure is logged and tried
/// again at the next turn. The first turn comes once the host has started (<see cref="HostStart"/>).
/// </summary>
internal sealed class PeriodicCommand(
    string job,
    string purpose,
    TimeSpan interval,
    Func<IMediator, CancellationToken, ValueTask> send,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    ILogger<PeriodicCommand> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<IJobTurns>().TryTakeAsync(job, interval, stoppingToken))
                {
                    await send(scope.ServiceProvider.GetRequiredService<IMediator>(), stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "{Purpose} failed; next try in {Interval}", purpose, interval);
            }

            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}

public static class PeriodicCommandRegistration
{
    /// <param name="job">Stable name of the job, under which hosts take turns (<c>registration.close-calls</c>).</param>
    /// <param name="purpose">What the job does, for the logs.</param>
    public static IServiceCollection AddPeriodicCommand(
        this IServiceCollection services, string job, string purpose, TimeSpan interval, Func<IMediator, CancellationToken, ValueTask> send) =>
        services.AddSingleton<IHostedService>(provider => new PeriodicCommand(
            job, purpose, interval, send,
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<IHostApplicationLifetime>(),
            provider.GetRequiredService<ILogger<PeriodicCommand>>()));
}
