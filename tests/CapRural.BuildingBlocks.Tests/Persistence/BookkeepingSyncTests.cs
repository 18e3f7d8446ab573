using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CapRural.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Only writes a power loss must not take back wait for the disk: a request's commit and the
/// dispatcher's claim do (nothing is sent about a row not yet on disk), the delivery marks after it
/// do not (a lost one is delivered again), and a write that changed nothing has nothing to wait for.
/// </summary>
public sealed class BookkeepingSyncTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Delivering_e_mails_waits_for_one_sync_of_the_wal_the_claim_s_and_not_for_the_marks_after_it()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await module.InScopeAsync(async db =>
        {
            db.QueueEmail(Guid.NewGuid(), new EmailMessage("premiere@example.org", "Accusé de réception", "Bonjour"));
            db.QueueEmail(Guid.NewGuid(), new EmailMessage("seconde@example.org", "Accusé de réception", "Bonjour"));
            await db.SaveChangesAsync();
        });
        var syncsBefore = await SyncsAsync(module);

        await module.ProcessDueAsync();

        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
        Assert.Equal(2, Directory.GetFiles(module.MailDirectory, "*.eml").Length);
        Assert.Equal(syncsBefore + 1, await SyncsAsync(module));
    }

    [Fact]
    public async Task A_request_s_commit_waits_for_a_sync_and_a_save_with_nothing_to_write_does_not()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var syncsBefore = await SyncsAsync(module);

        await module.InScopeAsync(async db =>
        {
            db.Notes.Add(new Note { Title = "Compte rendu" });
            await db.SaveChangesAsync();
        });
        var afterWrite = await SyncsAsync(module);
        await module.InScopeAsync(db => db.SaveChangesAsync());

        Assert.Equal(syncsBefore + 1, afterWrite);
        Assert.Equal(afterWrite, await SyncsAsync(module));
    }

    /// <summary>How many fsyncs the module's WAL has had so far.</summary>
    private static Task<long> SyncsAsync(ModuleHarness module) => module.QueryAsync(db => Task.FromResult(WalSync.Of(db)!.Syncs));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
