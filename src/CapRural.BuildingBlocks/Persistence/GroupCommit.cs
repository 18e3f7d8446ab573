using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Group commit of concurrent inserts on SQLite (ADR 0005). In a rush of submissions every request's
/// save waited for the module's write gate in turn, and the gate was held four fifths of the time for
/// a transaction of three rows each. Saves that only add rows now queue here: the first one waiting
/// takes the gate, moves the rows of everyone queued behind it into its own context and writes them in
/// one transaction. Each request is answered once that transaction is committed (and, as before, once
/// the disk has it). If the shared transaction fails, say on a unique index two of them both hit, each
/// saves alone, so each gets its own answer.
/// </summary>
internal sealed class GroupCommit
{
    /// <summary>A bound on one transaction's work, so the gate is never held for long.</summary>
    internal const int MostPerCommit = 32;

    private static readonly ConcurrentDictionary<(Type, string), GroupCommit> ByDatabase = new();

    private readonly Lock _lock = new();
    private readonly Queue<Waiting> _queue = new();
    private bool _led;

    /// <summary>
    /// Saves the context's added rows with those of the saves beside it. <paramref name="save"/> is the
    /// context's own SaveChanges, called inside the gate. Null when the save is not one of added rows
    /// only on a SQLite file, or when the shared transaction failed: the caller then saves alone.
    /// </summary>
    public static async Task<int?> TrySaveAsync(ModuleDbContext context, Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        if (!context.IsOnSqlite()
            || context.Database.CurrentTransaction is not null
            || context.Database.GetConnectionString() is not { } database
            || AddedOnly(context) is not { } added)
        {
            return null;
        }

        var group = ByDatabase.GetOrAdd((context.GetType(), database), _ => new GroupCommit());
        return await group.SaveAsync(new Waiting(context, added, save), cancellationToken);
    }

    /// <summary>The entities a save would insert, when it would do nothing else and the rows can move to another context as they are.</summary>
    private static List<EntityEntry>? AddedOnly(DbContext context)
    {
        // Entries() looks for changes first, as SaveChanges would (unless the context turned that off).
        List<EntityEntry>? added = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Unchanged:
                    continue;
                case EntityState.Added when Movable(entry):
                    (added ??= []).Add(entry);
                    continue;
                default:
                    return null;
            }
        }

        return added;
    }

    // A shadow value lives in the tracker, a store-generated key comes back to it, an owned entity
    // follows its owner: none of these would survive the move.
    private static bool Movable(EntityEntry entry) =>
        !entry.Metadata.IsOwned()
        && entry.Metadata.GetProperties().All(p => !p.IsShadowProperty())
        && entry.Properties.All(p => !p.IsTemporary);

    private async Task<int?> SaveAsync(Waiting me, CancellationToken cancellationToken)
    {
        bool leads;
        lock (_lock)
        {
            _queue.Enqueue(me);
            leads = !_led;
            _led = true;
        }

        // A queued save is not cancelled: a leader may already be writing its rows.
        var outcome = leads ? Outcome.Leads : await me.Outcome.Task;
        if (outcome == Outcome.Leads)
        {
            outcome = await LeadAsync(me, cancellationToken);
        }

        return outcome == Outcome.Committed ? me.Written : null;
    }

    /// <summary>Takes the gate, then writes every save queued by then (this one first) in one transaction.</summary>
    private async Task<Outcome> LeadAsync(Waiting me, CancellationToken cancellationToken)
    {
        var batch = new List<Waiting>();
        var outcome = Outcome.SavesAlone;
        try
        {
            using (await WriteGate.EnterAsync(me.Context, cancellationToken))
            {
                lock (_lock)
                {
                    while (batch.Count < MostPerCommit && _queue.TryDequeue(out var next))
                    {
                        batch.Add(next);
                    }
                }

                if (batch.Count == 1)
                {
                    me.Written = await me.Save(cancellationToken);
                    outcome = Outcome.Committed;
                }
                else if (await TryCommitTogetherAsync(batch))
                {
                    outcome = Outcome.Committed;
                }
            }
        }
        finally
        {
            if (batch.Count == 0)
            {
                // Cancelled before the gate: this save leaves the head of the queue.
                lock (_lock)
                {
                    _queue.Dequeue();
                }
            }

            HandOver(batch.Skip(1), outcome);
        }

        return outcome;
    }

    private static async Task<bool> TryCommitTogetherAsync(List<Waiting> batch)
    {
        var (leader, followers) = (batch[0], batch.Skip(1).ToList());
        // Every context of the batch looked for its changes when it queued (AddedOnly) and has waited
        // since: the leader's tracker need not look again, over everyone's rows and inside the gate,
        // at each step below.
        var tracker = leader.Context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return KeysDistinct(leader.Context, followers) && await CommitTogetherAsync(leader, followers);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static async Task<bool> CommitTogetherAsync(Waiting leader, List<Waiting> followers)
    {
        try
        {
            foreach (var entry in followers.SelectMany(f => f.Added))
            {
                leader.Context.Entry(entry.Entity).State = EntityState.Added;
            }

            // Everyone's transaction: one client going away does not cancel it.
            var written = await leader.Save(CancellationToken.None);
            leader.Written = written - followers.Sum(f => f.Added.Count);
            foreach (var follower in followers)
            {
                follower.Written = follower.Added.Count;
                follower.Context.ChangeTracker.AcceptAllChanges();
            }

            return true;
        }
        catch (Exception exception) when (exception is DbUpdateException or SqliteException)
        {
            // One of them breaks a constraint: each saves alone and hears of its own.
            return false;
        }
        finally
        {
            foreach (var entry in followers.SelectMany(f => f.Added))
            {
                leader.Context.Entry(entry.Entity).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Whether the followers' rows can join the leader's context: one context tracks one instance per
    /// key, and two requests adding the same key (a form sent twice at once) must each hear of it alone.
    /// </summary>
    private static bool KeysDistinct(DbContext leader, List<Waiting> followers)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var entries = leader.ChangeTracker.Entries().Concat(followers.SelectMany(f => f.Added));
        return entries.All(entry => keys.Add(KeyOf(entry)));
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('\u001f', entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture))
            .Prepend(entry.Metadata.GetRootType().Name));

    /// <summary>Answers the batch's followers and passes the lead to the first save still queued.</summary>
    private void HandOver(IEnumerable<Waiting> followers, Outcome outcome)
    {
        Waiting? nextLeader;
        lock (_lock)
        {
            _led = _queue.TryPeek(out nextLeader);
        }

        foreach (var follower in followers)
        {
            follower.Outcome.SetResult(outcome);
        }

        nextLeader?.Outcome.SetResult(Outcome.Leads);
    }

    private enum Outcome
    {
        Committed,
        SavesAlone,
        Leads,
    }

    private sealed class Waiting(ModuleDbContext context, List<EntityEntry> added, Func<CancellationToken, Task<int>> save)
    {
        public ModuleDbContext Context { get; } = context;

        public List<EntityEntry> Added { get; } = added;

        public Func<CancellationToken, Task<int>> Save { get; } = save;

        public TaskCompletionSource<Outcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Written { get; set; }
    }
}
