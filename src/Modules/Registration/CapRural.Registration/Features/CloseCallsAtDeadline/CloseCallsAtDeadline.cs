using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapRural.Registration.Features.CloseCallsAtDeadline;

/// <summary>Closes every published call whose deadline has passed, and tells the other modules.</summary>
public sealed record CloseCallsAtDeadline : ICommand<int>;

internal sealed class CloseCallsAtDeadlineHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<CloseCallsAtDeadline, int>
{
    public async ValueTask<int> Handle(CloseCallsAtDeadline command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Calls.Where(c => c.Status == CallStatus.Published && c.ClosesAt <= now).ToListAsync(cancellationToken);
        foreach (var call in due)
        {
            db.Publish(call.CloseAtDeadline(now)!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}

/// <summary>Checks deadlines every minute.</summary>
internal sealed class DeadlineWatcher(IServiceScopeFactory scopes, ILogger<DeadlineWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseCallsAtDeadline(), stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Closing calls at their deadline failed; next try in a minute");
            }

            await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
