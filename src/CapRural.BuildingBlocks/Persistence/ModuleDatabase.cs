using CapRural.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>A module's database as the host sees it: migrated at start, drained by the dispatcher.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType)
{
    public ModuleDbContext Open(IServiceProvider scopedServices) => (ModuleDbContext)scopedServices.GetRequiredService(ContextType);
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext, its migration check and its outbox. On SQLite (the default) the
    /// module has its own file <c>{Data:Directory}/{module}.db</c> (or <c>ConnectionStrings:{module}</c>);
    /// on PostgreSQL it has its own schema, named after the module, in the one database of
    /// <c>Database:ConnectionString</c>. <typeparamref name="TPostgreSqlContext"/> is the same model
    /// with PostgreSQL's own migrations: handlers keep asking for <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TPostgreSqlContext>(this IServiceCollection services, string module)
        where TContext : ModuleDbContext
        where TPostgreSqlContext : TContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxBacklog>();
        services.TryAddSingleton<ModuleDbServices>();
        services.TryAddSingleton<EventNames>();
        services.TryAddSingleton<MigratedDatabases>();
        // Configuration is read when the options are first needed, so test hosts can point it elsewhere;
        // the options are then built once per host. Contexts are pooled: a request gets one already
        // built (its EF services, connection object and model) and hands it back reset, instead of
        // building one per request. Each runs on its compiled model (Infrastructure/CompiledModels,
        // build/ef/optimize.sh), which EF finds by the context's type.
        services.AddPooledDbContextFactory<TContext>(
            (provider, options) => options
                .UseSqlite(SqliteConnectionString(provider.GetRequiredService<IConfiguration>(), module))
                .AddInterceptors(SqlitePragmas.Instance)
                .ConfigureWarnings(WithoutModelCheckAtMigration));
        services.AddPooledDbContextFactory<TPostgreSqlContext>(
            (provider, options) => options
                .UseNpgsql(
                    DatabaseSettings.PostgreSqlConnectionString(provider.GetRequiredService<IConfiguration>()),
                    npgsql => npgsql.MigrationsHistoryTable(HistoryTable, module))
                .ConfigureWarnings(WithoutModelCheckAtMigration));
        // One context per scope, returned to its pool when the scope ends.
        services.AddScoped<TContext>(provider =>
            DatabaseSettings.Provider(provider.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSql
                ? provider.GetRequiredService<IDbContextFactory<TPostgreSqlContext>>().CreateDbContext()
                : provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"{module}-database", checkServices => new MigrationsAppliedCheck<TContext>(module, checkServices), failureStatus: null, tags: ["ready"]));
        return services;
    }

    /// <summary>
    /// Before it migrates, EF compares the last migration's snapshot with the model built anew from
    /// OnModelCreating, unless this warning is off: two models built per context at every start, the
    /// cost the compiled models remove. The architecture tests make that comparison once per change
    /// instead (every model change has its migration, every compiled model matches its context).
    /// </summary>
    private static void WithoutModelCheckAtMigration(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>EF's own table of applied migrations, kept in each module's schema on PostgreSQL.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    internal static string SqliteConnectionString(IConfiguration configuration, string module) =>
        configuration.GetConnectionString(module)
        ?? $"Data Source={Path.Combine(DataDirectory(configuration), module + ".db")}";

    public static string DataDirectory(IConfiguration configuration) => configuration["Data:Directory"] ?? "data";

    /// <summary>
    /// Applies every module's pending migrations; called once at start. The modules' databases (files,
    /// or schemas of one database) are independent: they are migrated side by side. A SQLite file gets
    /// the committed SQL of its missing migrations through a plain connection (<see cref="SqliteSchema"/>);
    /// on PostgreSQL, where several hosts may start together, EF's migrator and its lock decide.
    /// </summary>
    public static async Task MigrateModuleDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        // The data folder also holds the e-mail pickup folder on PostgreSQL.
        Directory.CreateDirectory(DataDirectory(configuration));
        var sqlite = DatabaseSettings.Provider(configuration) == DatabaseProvider.Sqlite;
        var migrated = services.GetRequiredService<MigratedDatabases>();
        using var efServices = new FirstUse();
        // On threads of their own: SQLite's "async" calls complete synchronously, which would run them in turn.
        await Task.WhenAll(services.GetServices<ModuleDatabase>().Select(database => Task.Run(
            async () =>
            {
                if (sqlite)
                {
                    await SqliteSchema.MigrateAsync(SqliteConnectionString(configuration, database.Module), database.ContextType, cancellationToken);
                }
                else
                {
                    await MigrateOnPostgreSqlAsync(services, database, efServices, cancellationToken);
                }

                migrated.Add(database.Module);
            },
            cancellationToken)));
    }

    private static async Task MigrateOnPostgreSqlAsync(IServiceProvider services, ModuleDatabase database, FirstUse efServices, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = database.Open(scope.ServiceProvider);
        await efServices.OnceAsync(() => context.GetInfrastructure(), cancellationToken);
        // Hosts started together each migrate: "IF NOT EXISTS" and EF's lock on the history table do
        // not keep two first starts apart (both create the schema; one applies a migration the other
        // has just applied). A session lock per module does: the second host waits, then finds the
        // migrations applied. It goes with the session, so a host killed meanwhile releases it.
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext({MigrationLockName(database.Module)}))", cancellationToken);
            try
            {
                // Npgsql reads the history table before creating it and logs the missing table as an
                // error on every first start (npgsql/efcore.pg#3407): create it first, as EF would.
                // The schema is the module's name, from code: nothing here comes from a request.
                var createHistory = $"CREATE SCHEMA IF NOT EXISTS \"{database.Module}\";\n" + context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
                await context.Database.ExecuteSqlRawAsync(createHistory, cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtext({MigrationLockName(database.Module)}))", CancellationToken.None);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static string MigrationLockName(string module) => "caprural.migrations." + module;

    /// <summary>
    /// EF Core builds its internal services on a context's first use and keeps them for every context
    /// of the same provider, but contexts first used at the same moment each build their own copy (five
    /// at once at a first start on PostgreSQL, on two cores): the first migration builds them while the others wait.
    /// </summary>
    private sealed class FirstUse : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private volatile bool _done;

        public async Task OnceAsync(Action use, CancellationToken cancellationToken)
        {
            if (_done)
            {
                return;
            }

            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (!_done)
                {
                    use();
                    _done = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose() => _gate.Dispose();
    }
}
