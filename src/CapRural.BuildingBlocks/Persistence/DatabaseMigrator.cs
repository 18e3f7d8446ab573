using Microsoft.Extensions.Hosting;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>Applies every module's migrations when the host starts, before it takes requests.</summary>
public sealed class DatabaseMigrator(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateModuleDatabasesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
