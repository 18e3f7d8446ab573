using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapRural.Api.Tests.Platform;

/// <summary>
/// The start's migration on SQLite: a file behind the code gets what it lacks, a current one is
/// recognised without EF's migrator, and readiness waits for both.
/// </summary>
public sealed class StartupMigrationTests : IDisposable
{
    private const string FirstMigration = "20261129231502_Initial";

    private readonly RegistrationOnly _module = new();

    [Fact]
    public async Task A_file_behind_the_code_gets_its_missing_migrations_at_start_and_is_ready_only_then()
    {
        await using var services = Services();
        await using (var scope = services.CreateAsyncScope())
        {
            await Registration(scope.ServiceProvider).GetService<IMigrator>().MigrateAsync(FirstMigration);
        }

        var health = services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);

        await services.MigrateModuleDatabasesAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Empty(await Registration(scope.ServiceProvider).Database.GetPendingMigrationsAsync());
        }

        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_restart_on_current_data_applies_nothing_and_is_ready()
    {
        await using (var first = Services())
        {
            await first.MigrateModuleDatabasesAsync();
        }

        await using var services = Services();
        await services.MigrateModuleDatabasesAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = Registration(scope.ServiceProvider);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        Assert.Equal(HealthStatus.Healthy, (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_database_file_that_disappears_makes_the_host_not_ready()
    {
        await using var services = Services();
        await services.MigrateModuleDatabasesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_module.DatabaseFile);

        Assert.Equal(HealthStatus.Unhealthy, (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
    }

    public void Dispose() => _module.Dispose();

    private ServiceProvider Services() => _module.Services();

    private static ModuleDbContext Registration(IServiceProvider scoped) => RegistrationOnly.Registration(scoped);
}
