using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Requests that add rows while the module's database is busy are written together, in one
/// transaction, and each still gets its own answer.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly string[] Titles = ["Atelier 1", "Atelier 2", "Atelier 3", "Atelier 4", "Atelier 5", "Atelier 6", "Atelier 7", "Atelier 8"];

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Saves_queued_behind_a_busy_database_are_written_in_one_transaction()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        // Open throughout: the last connection to close would move the log into the database file.
        await using var observer = await OpenObserverAsync(module);
        await ExecuteAsync(observer, "PRAGMA wal_checkpoint(TRUNCATE)");

        var saves = await WhileTheDatabaseIsBusyAsync(module, () => Titles.Select(title => AddNoteAsync(module, new Note { Id = Guid.NewGuid(), Title = title })).ToList());

        Assert.All(await Task.WhenAll(saves), written => Assert.Equal(1, written));
        Assert.Equal(Titles.Order(), (await module.NoteTitlesAsync()).Order());
        // One transaction appends the pages it changed once; eight would append each page eight times.
        Assert.InRange(await WalFramesAsync(observer), 1, Titles.Length - 1);
    }

    [Fact]
    public async Task When_two_saves_of_a_group_clash_the_others_are_kept_and_only_one_of_the_two_is_refused()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var twice = Guid.NewGuid();

        var saves = await WhileTheDatabaseIsBusyAsync(module, () =>
        [
            AddNoteAsync(module, new Note { Id = Guid.NewGuid(), Title = "Avant" }),
            AddNoteAsync(module, new Note { Id = twice, Title = "Première" }),
            AddNoteAsync(module, new Note { Id = twice, Title = "Seconde" }),
            AddNoteAsync(module, new Note { Id = Guid.NewGuid(), Title = "Après" }),
        ]);

        Assert.All(await Task.WhenAll(saves[0], saves[3]), written => Assert.Equal(1, written));
        var clashing = await Task.WhenAll(saves[1..3].Select(OutcomeAsync));
        Assert.Equal(["refused", "saved"], clashing.Order());
        var kept = clashing[0] == "saved" ? "Première" : "Seconde";
        Assert.Equal(["Après", "Avant", kept], (await module.NoteTitlesAsync()).Order());
    }

    [Fact]
    public async Task A_request_that_goes_away_while_its_group_waits_does_not_take_the_others_with_it()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        using var goneAway = new CancellationTokenSource();

        var saves = await WhileTheDatabaseIsBusyAsync(module, () =>
        {
            var first = AddNoteAsync(module, new Note { Id = Guid.NewGuid(), Title = "Abandonnée" }, goneAway.Token);
            var others = Titles.Take(3).Select(title => AddNoteAsync(module, new Note { Id = Guid.NewGuid(), Title = title })).ToList();
            goneAway.Cancel();
            return [first, .. others];
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => saves[0]);
        Assert.All(await Task.WhenAll(saves.Skip(1)), written => Assert.Equal(1, written));
        Assert.Equal(Titles.Take(3).Order(), (await module.NoteTitlesAsync()).Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>
    /// Starts the saves while another writer holds the module's write gate, and lets it go once they
    /// all wait: each runs to its first wait before the next starts.
    /// </summary>
    private static async Task<List<Task<int>>> WhileTheDatabaseIsBusyAsync(ModuleHarness module, Func<List<Task<int>>> start)
    {
        List<Task<int>> saves = [];
        await module.InScopeAsync(async busy =>
        {
            using (await WriteGate.EnterAsync(busy, CancellationToken.None))
            {
                saves = start();
                Assert.All(saves.Where(s => !s.IsFaulted && !s.IsCanceled), save => Assert.False(save.IsCompleted));
            }
        });
        return saves;
    }

    private static async Task<int> AddNoteAsync(ModuleHarness module, Note note, CancellationToken cancellationToken = default)
    {
        var written = 0;
        await module.InScopeAsync(async db =>
        {
            db.Notes.Add(note);
            written = await db.SaveChangesAsync(cancellationToken);
        });
        return written;
    }

    private static async Task<string> OutcomeAsync(Task<int> save)
    {
        try
        {
            return await save == 1 ? "saved" : "wrote nothing";
        }
        catch (DbUpdateException)
        {
            return "refused";
        }
    }

    private static Task<SqliteConnection> OpenObserverAsync(ModuleHarness module) => module.QueryAsync(async db =>
    {
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    });

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many pages were appended to the write-ahead log since it was last emptied.</summary>
    private static async Task<int> WalFramesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt32(1);
    }
}
