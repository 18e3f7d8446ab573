using CapRural.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>A module's database as the host sees it: migrated at start, drained by the dispatcher.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType)
{
    public ModuleDbContext Open(IServiceProvider scopedServices) => (ModuleDbContext)scopedServices.GetRequiredService(ContextType);
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on its own SQLite file <c>{Data:Directory}/{module}.db</c>
    /// (or <c>ConnectionStrings:{module}</c>), its migration check and its outbox.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string module)
        where TContext : ModuleDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<ModuleDbServices>();
        services.TryAddSingleton<EventNames>();
        // Configuration is read when the context is resolved, so test hosts can point it elsewhere.
        services.AddDbContext<TContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider.GetRequiredService<IConfiguration>(), module))
            .AddInterceptors(SqlitePragmas.Instance));
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        services.AddHealthChecks().AddCheck<MigrationsAppliedCheck<TContext>>($"{module}-database", tags: ["ready"]);
        return services;
    }

    private static string ConnectionString(IConfiguration configuration, string module) =>
        configuration.GetConnectionString(module)
        ?? $"Data Source={Path.Combine(DataDirectory(configuration), module + ".db")}";

    public static string DataDirectory(IConfiguration configuration) => configuration["Data:Directory"] ?? "data";

    /// <summary>Applies every module's pending migrations; called once at start.</summary>
    public static async Task MigrateModuleDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(DataDirectory(services.GetRequiredService<IConfiguration>()));
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            await database.Open(scope.ServiceProvider).Database.MigrateAsync(cancellationToken);
        }
    }
}
