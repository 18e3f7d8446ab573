using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.PurgeExpiredApplications;

/// <summary>
/// Retention: erases, in every module, the applications of people not selected and of former members
/// once their delay has passed. Returns how many were erased.
/// </summary>
public sealed record PurgeExpiredApplications : ICommand<int>;

internal sealed partial class PurgeExpiredApplicationsHandler(
    RegistrationDbContext db, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<PurgeExpiredApplicationsHandler> logger)
    : ICommandHandler<PurgeExpiredApplications, int>
{
    private const int BatchSize = 100;

    public async ValueTask<int> Handle(PurgeExpiredApplications command, CancellationToken cancellationToken)
    {
        var erased = 0;
        var now = clock.GetUtcNow();
        var skipped = new HashSet<Guid>();
        while (true)
        {
            var due = await db.Applications.AsNoTracking().DueForErasure(options.Value, now)
                .Where(a => !skipped.Contains(a.Id))
                .OrderBy(a => a.RetentionFrom).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                // One commit per person, on a freshly read row: a conflict with a parallel request costs
                // only that person, who is tried again at the next run.
                db.ChangeTracker.Clear();
                var application = await db.Applications.FirstAsync(a => a.Id == id, cancellationToken);
                try
                {
                    if (await db.StageAsync(application, now, cancellationToken))
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        erased++;
                    }
                }
                catch (DbUpdateConcurrencyException)
                {
                    skipped.Add(id);
                }
            }

            db.ChangeTracker.Clear();
            if (due.Count < BatchSize)
            {
                break;
            }
        }

        // A lost-link request is handled within seconds; one still here had its message parked: drop its address.
        var staleBefore = now - LostLinkRequest.KeptAtMost;
        var stale = await db.LostLinkRequests.Where(r => r.RequestedAt < staleBefore).ToListAsync(cancellationToken);
        if (stale.Count > 0)
        {
            db.LostLinkRequests.RemoveRange(stale);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (erased > 0)
        {
            LogErased(erased);
        }

        return erased;
    }

    [LoggerMessage(LogLevel.Information, "Retention: {Count} application(s) erased after their delay")]
    private partial void LogErased(int count);
}
