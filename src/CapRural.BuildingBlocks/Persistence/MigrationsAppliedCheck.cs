using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Ready means: this process has migrated the module's database (or found every migration applied)
/// and the database answers. The migration history is read once, at start, not at every check; on
/// SQLite the check opens the file without EF Core, whose services the first check would otherwise build.
/// </summary>
internal sealed class MigrationsAppliedCheck<TContext>(string module, IServiceProvider services) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!services.GetRequiredService<MigratedDatabases>().Contains(module))
        {
            return HealthCheckResult.Unhealthy("migrations not applied yet");
        }

        try
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var reachable = DatabaseSettings.Provider(configuration) == DatabaseProvider.Sqlite
                ? await SqliteSchema.CanConnectAsync(ModuleDatabaseRegistration.SqliteConnectionString(configuration, module), cancellationToken)
                : await services.GetRequiredService<TContext>().Database.CanConnectAsync(cancellationToken);
            return reachable ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("database check failed", exception);
        }
    }
}
