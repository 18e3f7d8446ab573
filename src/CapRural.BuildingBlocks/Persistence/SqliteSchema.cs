using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// A module's SQLite file migrated and checked with a plain connection, without EF Core's services.
/// EF's migrator builds, per context and at every start, its internal services, the model of its
/// history table and each migration's target model, then sorts the operations: more than a bare
/// app's whole start on two cores, to produce SQL that only changes with the migrations. That SQL is
/// generated once instead, as EF itself writes it (<c>dotnet ef migrations script</c>), and committed
/// beside the migrations as <c>Migrations/Sql/{migration}.sql</c> (build/ef/optimize.sh); the
/// architecture tests fail while a script is missing or differs from what EF generates today.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Where a module's assembly keeps each SQLite migration's script (Directory.Build.targets embeds them).</summary>
    public const string ScriptResourcePrefix = "sqlite-migrations/";

    /// <summary>
    /// Applies, in order, every migration compiled for <paramref name="contextType"/> that the file's
    /// history table does not list, from its committed script; creates the file when there is none.
    /// Each script is EF's own: one transaction per migration, ending with its history row.
    /// </summary>
    public static async Task MigrateAsync(string connectionString, Type contextType, CancellationToken cancellationToken)
    {
        var missing = CompiledMigrations(contextType);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The file's journal mode is the host's (SqlitePragmas); synchronous stays at SQLite's FULL here,
        // so each migration is on disk when its transaction commits.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        missing.ExceptWith(await AppliedMigrationsAsync(command, cancellationToken));
        foreach (var migration in missing)
        {
            command.CommandText = Script(contextType, migration);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException)
            {
                // Two hosts started together on one folder both read the history before either wrote
                // it; the one that fails finds the migration applied by the other and goes on.
                if (!await AppliedMeanwhileAsync(command, migration, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Rolls back the failed script's transaction, then tells whether the history now lists the migration.</summary>
    private static async Task<bool> AppliedMeanwhileAsync(SqliteCommand command, string migration, CancellationToken cancellationToken)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(command.Connection!.Handle) == 0)
        {
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await AppliedMigrationsAsync(command, cancellationToken)).Contains(migration, StringComparer.Ordinal);
    }

    /// <summary>The file exists and answers a query (EF's own check on SQLite only looks for the file).</summary>
    public static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!File.Exists(new SqliteConnectionStringBuilder(connectionString).DataSource))
        {
            // Opening would create it.
            return false;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The migrations compiled for the context, in the order EF applies them (by id), found as EF finds
    /// them: by their <c>[DbContext]</c> and <c>[Migration]</c> attributes.
    /// </summary>
    public static SortedSet<string> CompiledMigrations(Type contextType) => new(
        from type in contextType.Assembly.GetTypes()
        where type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract
              && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
        let id = type.GetCustomAttribute<MigrationAttribute>()?.Id
        where id is not null
        select id,
        StringComparer.Ordinal);

    /// <summary>The committed script of a migration, embedded in the context's assembly.</summary>
    public static string Script(Type contextType, string migration)
    {
        using var stream = contextType.Assembly.GetManifestResourceStream(ScriptResourcePrefix + migration + ".sql")
            ?? throw new InvalidOperationException(
                $"{contextType.Name} has no SQL script for its migration {migration}: run build/ef/optimize.sh and commit what it generates.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{ModuleDatabaseRegistration.HistoryTable}'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
        {
            return [];
        }

        command.CommandText = $"SELECT \"MigrationId\" FROM \"{ModuleDatabaseRegistration.HistoryTable}\"";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
