using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Persistence;

/// <summary>Every connection the pool hands out, new or reused, is in WAL mode with group commit and checks foreign keys.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Durability_and_foreign_keys_hold_on_a_reused_connection_and_on_a_new_one()
    {
        var options = new DbContextOptionsBuilder<TestDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder.Path, "pragmas.db")}")
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;

        var seen = new List<(string Journal, long Synchronous, long ForeignKeys)>();
        for (var open = 0; open < 3; open++)
        {
            if (open == 2)
            {
                // A fresh native connection, as after the pool dropped its idle ones.
                SqliteConnection.ClearAllPools();
            }

            await using var db = new TestDbContext(options);
            await db.Database.OpenConnectionAsync();
            seen.Add((await ScalarAsync<string>(db, "PRAGMA journal_mode"), await ScalarAsync<long>(db, "PRAGMA synchronous"), await ScalarAsync<long>(db, "PRAGMA foreign_keys")));
            await db.Database.CloseConnectionAsync();
        }

        // WAL, synchronous=NORMAL (1: WalSync makes each write durable), foreign keys on: each time.
        Assert.All(seen, s => Assert.Equal(("wal", 1L, 1L), s));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task<T> ScalarAsync<T>(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
