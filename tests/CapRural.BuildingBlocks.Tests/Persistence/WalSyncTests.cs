using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Persistence;

/// <summary>A write is answered once it is on disk; the writers of a rush share their fsyncs.</summary>
public sealed class WalSyncTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_write_waits_for_an_fsync_begun_after_it_and_the_writers_beside_it_share_the_next_one()
    {
        using var started = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        var sync = new WalSync(() =>
        {
            started.Release();
            finish.Wait(Patience);
        });

        var first = sync.SyncAsync();
        Assert.True(await started.WaitAsync(Patience));
        // Two commits made while the first fsync runs: it may have missed them.
        var second = sync.SyncAsync();
        var third = sync.SyncAsync();
        finish.Release();
        await first.WaitAsync(Patience);

        Assert.True(await started.WaitAsync(Patience));
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        finish.Release();
        await Task.WhenAll(second, third).WaitAsync(Patience);
        Assert.Equal(2, sync.Syncs);
    }

    [Fact]
    public async Task A_failed_fsync_fails_the_writes_waiting_for_it_and_the_next_one_is_tried_again()
    {
        var fail = true;
        var sync = new WalSync(() =>
        {
            if (fail)
            {
                throw new IOException("disk full");
            }
        });

        await Assert.ThrowsAsync<IOException>(() => sync.SyncAsync().WaitAsync(Patience));
        fail = false;
        await sync.SyncAsync().WaitAsync(Patience);
        Assert.Equal(1, sync.Syncs);
    }

    [Fact]
    public async Task Writes_in_parallel_on_a_database_file_are_all_stored_each_after_a_sync_of_its_wal()
    {
        var options = new DbContextOptionsBuilder<TestDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder.Path, "group.db")}")
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;
        await using (var db = new TestDbContext(options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        long syncsBefore;
        await using (var db = new TestDbContext(options))
        {
            syncsBefore = WalSync.Of(db)!.Syncs;
        }

        const int writers = 16;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var db = new TestDbContext(options);
            db.Notes.Add(new Note { Title = $"note {i}" });
            await db.SaveChangesAsync();
        })));

        await using (var db = new TestDbContext(options))
        {
            Assert.Equal(writers, await db.Notes.CountAsync());
            var syncs = WalSync.Of(db)!.Syncs - syncsBefore;
            Assert.InRange(syncs, 1, writers);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
