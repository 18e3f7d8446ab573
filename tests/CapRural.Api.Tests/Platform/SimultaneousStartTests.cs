using CapRural.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Platform;

/// <summary>
/// Two hosts started at the same moment on one new database, as a deployment of two instances does:
/// both migrate it at once, so each must find the other's work instead of failing on it.
/// </summary>
public sealed class SimultaneousStartTests : IDisposable
{
    // A race does not show every time: a few new databases make it all but certain to show.
    private const int Rounds = 4;

    private readonly List<string> _folders = [];

    [Fact]
    public async Task Two_hosts_starting_together_on_a_new_database_both_start_with_each_migration_applied_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var database = TestDatabase.CreateEmpty();
            var folder = Folder();
            await using var first = HostDatabases.In(folder, database.Settings);
            await using var second = HostDatabases.In(folder, database.Settings);

            await Task.WhenAll(
                Task.Run(() => first.MigrateModuleDatabasesAsync()),
                Task.Run(() => second.MigrateModuleDatabasesAsync()));

            foreach (var module in first.GetServices<ModuleDatabase>())
            {
                await using var scope = first.CreateAsyncScope();
                var compiled = module.Open(scope.ServiceProvider).Database.GetMigrations().Count();
                Assert.True(compiled > 0);
                var history = $"\"{ModuleDatabaseRegistration.HistoryTable}\"";
                Assert.Equal(compiled, await database.ScalarAsync(folder, module.Module, $"SELECT count(*) FROM {history}"));
                Assert.Equal(compiled, await database.ScalarAsync(folder, module.Module, $"SELECT count(DISTINCT \"MigrationId\") FROM {history}"));
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caprural-tests", Guid.NewGuid().ToString("N"))).FullName;
        _folders.Add(folder);
        return folder;
    }
}
