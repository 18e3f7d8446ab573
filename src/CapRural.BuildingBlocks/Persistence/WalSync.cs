using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Group commit on SQLite (ADR 0005). Commits run with <c>synchronous=NORMAL</c>: they reach the WAL
/// file without waiting for the disk, inside the write lock. A writer is answered only once an fsync
/// of that file, started after its commit, has completed. One fsync then covers every commit made
/// while the previous one ran, where <c>FULL</c> made each commit wait for its own fsync in turn, with
/// every other writer queued behind it.
/// </summary>
internal sealed class WalSync(Action sync)
{
    private static readonly ConcurrentDictionary<string, WalSync?> ByConnectionString = new(StringComparer.Ordinal);

    private readonly Lock _lock = new();
    private TaskCompletionSource? _next;
    private bool _running;
    private long _syncs;

    /// <summary>How many fsyncs this database's WAL had: fewer than its commits in a rush.</summary>
    public long Syncs => Interlocked.Read(ref _syncs);

    /// <summary>After a commit of <paramref name="context"/>: completes once it is on disk (at once on PostgreSQL).</summary>
    public static Task AfterCommitAsync(DbContext context) => Of(context)?.SyncAsync() ?? Task.CompletedTask;

    /// <summary>The WAL of the context's database file; null on PostgreSQL and for an in-memory database.</summary>
    public static WalSync? Of(DbContext context) =>
        context.IsOnSqlite() && context.Database.GetConnectionString() is { } connectionString
            ? ByConnectionString.GetOrAdd(connectionString, ForFile)
            : null;

    /// <summary>Completes once an fsync that started after this call has completed.</summary>
    public Task SyncAsync()
    {
        TaskCompletionSource waiters;
        lock (_lock)
        {
            waiters = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running)
            {
                // The running fsync may have started before this commit: wait for the one after it.
                return waiters.Task;
            }

            _running = true;
            _next = null;
        }

        _ = Task.Run(() => Run(waiters));
        return waiters.Task;
    }

    private void Run(TaskCompletionSource? waiters)
    {
        while (waiters is not null)
        {
            try
            {
                sync();
                Interlocked.Increment(ref _syncs);
                waiters.SetResult();
            }
            catch (Exception exception)
            {
                // Whatever failed, every waiter hears of it: none may wait for ever.
                waiters.SetException(exception);
            }

            lock (_lock)
            {
                waiters = _next;
                _next = null;
                _running = waiters is not null;
            }
        }
    }

    private static WalSync? ForFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }

        var wal = Path.GetFullPath(builder.DataSource) + "-wal";
        return new WalSync(() => SyncFile(wal));
    }

    private static void SyncFile(string path)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            // SQLite locks the database and its -shm file, never the WAL: opening and closing it here
            // releases none of SQLite's locks.
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // No WAL: the last connection's checkpoint moved every commit into the database file and synced it.
            return;
        }

        using (handle)
        {
            RandomAccess.FlushToDisk(handle);
        }
    }
}
