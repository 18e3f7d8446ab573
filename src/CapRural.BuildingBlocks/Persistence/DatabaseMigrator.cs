using Microsoft.Extensions.Hosting;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Applies every module's migrations when the host starts, before it takes requests. The host begins
/// them as soon as its services exist (<see cref="Begin"/>), so they run beside the mapping of its
/// endpoints; starting waits for them, so the dispatcher and the server still start on migrated databases.
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services) : IHostedService
{
    private readonly Lazy<Task> _migration = new(() => services.MigrateModuleDatabasesAsync());

    public Task Begin() => _migration.Value;

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
