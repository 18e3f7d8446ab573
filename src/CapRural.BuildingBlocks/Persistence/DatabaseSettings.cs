using Microsoft.Extensions.Configuration;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>Which database the host runs on (ADR 0011).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file per module in <c>Data:Directory</c>: one host on one machine (the default).</summary>
    Sqlite,

    /// <summary>One PostgreSQL database, one schema per module: several hosts may share it.</summary>
    PostgreSql,
}

/// <summary>
/// <c>Database:Provider</c> (<c>sqlite</c> or <c>postgresql</c>) and, for PostgreSQL,
/// <c>Database:ConnectionString</c>; read when a context is first resolved, so test hosts can point it elsewhere.
/// </summary>
public static class DatabaseSettings
{
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration["Database:Provider"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
            var other => throw new InvalidOperationException(
                $"Database:Provider '{other}' is not known: use 'sqlite' (the default) or 'postgresql'."),
        };

    public static string PostgreSqlConnectionString(IConfiguration configuration) =>
        configuration["Database:ConnectionString"] is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "Database:Provider is 'postgresql' but Database:ConnectionString is empty (for instance 'Host=/var/run/postgresql;Database=caprural').");
}
