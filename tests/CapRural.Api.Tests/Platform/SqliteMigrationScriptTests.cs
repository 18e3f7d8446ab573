using CapRural.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Platform;

/// <summary>
/// At start the host builds each SQLite file from its modules' committed migration scripts, not
/// through EF's migrator: the files must come out as EF's migrator would have made them.
/// </summary>
public sealed class SqliteMigrationScriptTests : IDisposable
{
    private readonly string _scripted = Folder();
    private readonly string _migrated = Folder();

    [Fact]
    public async Task Every_database_made_at_start_has_the_schema_and_history_EFs_migrator_gives_it()
    {
        await using var scripted = HostDatabases.In(_scripted, []);
        await scripted.MigrateModuleDatabasesAsync();
        await using var migrated = HostDatabases.In(_migrated, []);
        var databases = migrated.GetServices<ModuleDatabase>().ToList();
        Assert.Equal(["access", "knowledge", "meetings", "registration", "selection"], databases.Select(d => d.Module).Order());
        foreach (var database in databases)
        {
            await using (var scope = migrated.CreateAsyncScope())
            {
                await database.Open(scope.ServiceProvider).Database.MigrateAsync();
            }

            var expected = await DescribeAsync(_migrated, database.Module);
            Assert.Contains(expected, line => line.StartsWith("table|outbox|", StringComparison.Ordinal));
            Assert.Equal(expected, await DescribeAsync(_scripted, database.Module));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scripted, recursive: true);
        Directory.Delete(_migrated, recursive: true);
    }

    private static string Folder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caprural-tests", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>
    /// The file's tables, indexes and triggers with their SQL, its applied migrations and its journal
    /// mode. Not the lock table EF's migrator creates for itself while it runs (it makes one again if it ever runs).
    /// </summary>
    private static async Task<List<string>> DescribeAsync(string folder, string module)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, module + ".db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT type || '|' || name || '|' || tbl_name || '|' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' " +
            "UNION ALL SELECT 'migration|' || MigrationId || '|' || ProductVersion FROM __EFMigrationsHistory " +
            "UNION ALL SELECT 'journal|' || journal_mode FROM pragma_journal_mode() ORDER BY 1";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
