using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// A module's SQLite file read with a plain connection, without EF Core's services: at a restart on
/// current data, EF's migrator (its internal service provider, the model of its history table, its
/// lock table) costs more than a bare app's whole start to find nothing to apply.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// True when the file exists and its history table lists every migration compiled for
    /// <paramref name="contextType"/> (found as EF finds them: by their <c>[DbContext]</c> and
    /// <c>[Migration]</c> attributes). False sends the database through EF's migrator, which applies what is missing.
    /// </summary>
    public static async Task<bool> HasEveryMigrationAsync(string connectionString, Type contextType, CancellationToken cancellationToken)
    {
        await using var connection = await OpenExistingAsync(connectionString, cancellationToken);
        if (connection is null)
        {
            return false;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{ModuleDatabaseRegistration.HistoryTable}'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
        {
            return false;
        }

        command.CommandText = $"SELECT \"MigrationId\" FROM \"{ModuleDatabaseRegistration.HistoryTable}\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return CompiledMigrations(contextType).All(applied.Contains);
    }

    /// <summary>The file exists and answers a query (EF's own check on SQLite only looks for the file).</summary>
    public static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await OpenExistingAsync(connectionString, cancellationToken);
        if (connection is null)
        {
            return false;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The file opened with the connection string EF uses (the native connection goes back to the pool
    /// EF opens from); null when there is no file, which opening would create.
    /// </summary>
    private static async Task<SqliteConnection?> OpenExistingAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!File.Exists(new SqliteConnectionStringBuilder(connectionString).DataSource))
        {
            return null;
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static IEnumerable<string> CompiledMigrations(Type contextType) =>
        from type in contextType.Assembly.GetTypes()
        where type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract
              && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
        let id = type.GetCustomAttribute<MigrationAttribute>()?.Id
        where id is not null
        select id;
}
