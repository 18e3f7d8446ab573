using CapRural.BuildingBlocks.Messaging;
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

    private string InsertIfMissing
    {
        get
        {
            // SQLite and PostgreSQL both read this upsert; the table is in the host's schema on PostgreSQL.
            var runs = db.Model.FindEntityType(typeof(JobRun))!;
            var table = runs.GetSchema() is { } schema ? $"\"{schema}\".\"{runs.GetTableName()}\"" : $"\"{runs.GetTableName()}\"";
            return $"INSERT INTO {table} (\"Name\", \"NextRunAt\") VALUES ({{0}}, {{1}}) ON CONFLICT (\"Name\") DO NOTHING";
        }
    }

    public async Task<bool> TryTakeAsync(string job, TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.JobRuns.AnyAsync(j => j.Name == job, cancellationToken))
        {
            // Hosts starting together all find no row: the first insert wins, the others change
            // nothing (rather than fail and log an error), and the update below decides between them.
            await db.WriteAsync(() => db.Database.ExecuteSqlRawAsync(InsertIfMissing, [job, now.UtcTicks], cancellationToken), cancellationToken);
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
