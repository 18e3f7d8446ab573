using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapRural.BuildingBlocks.Messaging;

/// <summary>
/// Sends a command through the mediator at a fixed interval, in its own scope (closing calls at their
/// deadline, meeting reminders). A failure is logged and tried again at the next tick.
/// </summary>
internal sealed class PeriodicCommand(
    string purpose,
    TimeSpan interval,
    Func<IMediator, CancellationToken, ValueTask> send,
    IServiceScopeFactory scopes,
    ILogger<PeriodicCommand> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await send(scope.ServiceProvider.GetRequiredService<IMediator>(), stoppingToken);
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
    public static IServiceCollection AddPeriodicCommand(
        this IServiceCollection services, string purpose, TimeSpan interval, Func<IMediator, CancellationToken, ValueTask> send) =>
        services.AddSingleton<IHostedService>(provider => new PeriodicCommand(
            purpose, interval, send,
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<ILogger<PeriodicCommand>>()));
}
