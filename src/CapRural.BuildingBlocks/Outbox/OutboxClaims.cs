using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// How a dispatcher takes messages so that several hosts on one database share the work without
/// delivering anything twice: it stamps due rows with its own claim and an expiry in one update, then
/// works only on rows that carry its claim. A host that dies leaves claims that expire and are taken
/// over. Per-subject order holds across hosts: a row is not delivered while an older row of its
/// subject is undelivered and not in the same claim (waiting, parked, or in another host's hands).
/// Only the claim waits for the disk (ADR 0005); the marks, renewals and releases after it do not:
/// a power loss that takes one of them back only means a redelivery.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>Due rows, oldest first, leaving out rows held back by an older row of their subject.</summary>
    public static IQueryable<OutboxMessage> DueInSubjectOrder(IQueryable<OutboxMessage> outbox, DateTimeOffset now) =>
        outbox
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .Where(m => m.SubjectId == null || !outbox.Any(earlier =>
                earlier.SubjectId == m.SubjectId && earlier.ProcessedAt == null
                && (earlier.CreatedAt < m.CreatedAt || (earlier.CreatedAt == m.CreatedAt && earlier.Sequence < m.Sequence))
                && (earlier.ParkedAt != null || earlier.NextAttemptAt > now || earlier.ClaimedUntil > now)))
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.Sequence);

    /// <summary>
    /// Claims up to <paramref name="count"/> due rows and returns those to deliver now, in delivery order;
    /// <c>Claimed</c> says how many rows carry the claim (those not marked by the pass must be released).
    /// </summary>
    public static async Task<(List<OutboxMessage> Batch, int Claimed)> ClaimAsync(ModuleDbContext context, string claim, DateTimeOffset now, TimeSpan lease, int count, CancellationToken cancellationToken)
    {
        var candidates = await DueInSubjectOrder(context.Outbox, now).Select(m => m.Id).Take(count).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return ([], 0);
        }

        var until = now + lease;
        // The claim waits for the disk: rows a request committed moments ago are on disk before anything is sent about them.
        var claimed = await context.WriteAsync(() => context.Outbox
            .Where(m => candidates.Contains(m.Id) && m.ProcessedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, until), cancellationToken), cancellationToken);
        if (claimed == 0)
        {
            return ([], 0);
        }

        var won = await context.Outbox.AsNoTracking().Where(m => m.ClaimedBy == claim)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Sequence).ToListAsync(cancellationToken);
        return (await WithoutOvertakingAsync(context, claim, won, cancellationToken), won.Count);
    }

    /// <summary>Marks delivered rows in one statement (one commit per batch) and lets their claim go.</summary>
    public static Task MarkDeliveredAsync(ModuleDbContext context, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.CompletedTask
            : context.WriteBookkeepingAsync(() => context.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken), cancellationToken);

    /// <summary>Records a failure (attempts, error, next attempt or parking) and lets the claim go.</summary>
    public static Task MarkFailedAsync(ModuleDbContext context, OutboxMessage failed, CancellationToken cancellationToken) =>
        context.WriteBookkeepingAsync(() => context.Outbox.Where(m => m.Id == failed.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, failed.Attempts)
            .SetProperty(m => m.LastError, failed.LastError)
            .SetProperty(m => m.NextAttemptAt, failed.NextAttemptAt)
            .SetProperty(m => m.ParkedAt, failed.ParkedAt)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken), cancellationToken);

    /// <summary>Moves the expiry of the claim's undelivered rows to <paramref name="until"/> (<see cref="ClaimRenewal"/>).</summary>
    public static Task RenewAsync(ModuleDbContext context, string claim, DateTimeOffset until, CancellationToken cancellationToken) =>
        context.WriteBookkeepingAsync(() => context.Outbox.Where(m => m.ClaimedBy == claim && m.ProcessedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedUntil, until), cancellationToken), cancellationToken);

    /// <summary>Gives back rows claimed but not attempted (held behind a failure of their subject, or behind another host).</summary>
    public static Task ReleaseAsync(ModuleDbContext context, string claim, CancellationToken cancellationToken) =>
        context.WriteBookkeepingAsync(() => context.Outbox.Where(m => m.ClaimedBy == claim).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken), cancellationToken);

    /// <summary>
    /// Between choosing rows and claiming them, another host may have claimed an older row of the same
    /// subject: such rows are not delivered now (their claim is released at the end of the pass).
    /// </summary>
    private static async Task<List<OutboxMessage>> WithoutOvertakingAsync(ModuleDbContext context, string claim, List<OutboxMessage> won, CancellationToken cancellationToken)
    {
        var subjects = won.Where(m => m.SubjectId is not null).Select(m => m.SubjectId).Distinct().ToList();
        if (subjects.Count == 0)
        {
            return won;
        }

        var others = await context.Outbox.AsNoTracking()
            .Where(m => subjects.Contains(m.SubjectId) && m.ProcessedAt == null && (m.ClaimedBy == null || m.ClaimedBy != claim))
            .Select(m => new { m.SubjectId, m.CreatedAt, m.Sequence })
            .ToListAsync(cancellationToken);
        return won.Where(m => m.SubjectId is null || !others.Any(o => o.SubjectId == m.SubjectId
                && (o.CreatedAt < m.CreatedAt || (o.CreatedAt == m.CreatedAt && o.Sequence < m.Sequence))))
            .ToList();
    }
}
