using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Host.Access;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Scheduling;

/// <summary>When a periodic job is next due; the row is shared by every host on the database.</summary>
internal sealed class JobRun
{
    public required string Name { get; init; }

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>The host that took the last run, for inquiry.</summary>
    public string? LastRunBy { get; set; }
}

/// <summary>
/// Turns kept in the host's database: a host takes a run with one conditional update that moves the
/// next due time on, so of several hosts ticking at once exactly one wins, on SQLite as on PostgreSQL.
/// </summary>
internal sealed class JobTurns(AccessDbContext db, TimeProvider clock) : IJobTurns
{
    private static readonly string Host = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<bool> TryTakeAsync(string job, TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.JobRuns.AnyAsync(j => j.Name == job, cancellationToken))
        {
            db.JobRuns.Add(new JobRun { Name = job, NextRunAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Another host wrote the row first; the update below decides between us.
                db.ChangeTracker.Clear();
            }
        }

        var next = now + interval;
        var taken = await db.WriteAsync(() => db.JobRuns
            .Where(j => j.Name == job && j.NextRunAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.NextRunAt, next)
                .SetProperty(j => j.LastRunAt, now)
                .SetProperty(j => j.LastRunBy, Host), cancellationToken), cancellationToken);
        return taken == 1;
    }
}
