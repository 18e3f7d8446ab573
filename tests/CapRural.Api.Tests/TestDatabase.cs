using CapRural.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CapRural.Api.Tests;

/// <summary>
/// Where a test host keeps its data. The same tests run on both providers: SQLite by default, and
/// PostgreSQL when <c>CAPRURAL_TEST_POSTGRESQL</c> holds an administrator connection string (the
/// lane in <c>.ci/run</c> sets it): each host then gets a database of its own, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgreSqlVariable = "CAPRURAL_TEST_POSTGRESQL";

    private readonly string? _administration;
    private readonly string? _name;
    private readonly bool _owned;

    private TestDatabase(string? administration, string? name, bool owned = true)
    {
        _administration = administration;
        _name = name;
        _owned = owned;
    }

    /// <summary>The same database for a second host; the first one drops it.</summary>
    public TestDatabase Shared() => new(_administration, _name, owned: false);

    public static bool OnPostgreSql => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgreSqlVariable));

    // Migrating five schemas takes longer than copying them: every test database is a copy of one
    // migrated once per test run.
    private static readonly Lazy<string> Template = new(CreateTemplate);

    private static readonly Lock Copying = new();

    public static TestDatabase Create()
    {
        if (!OnPostgreSql)
        {
            return new TestDatabase(null, null);
        }

        var administration = Environment.GetEnvironmentVariable(PostgreSqlVariable)!;
        var name = "test_" + Guid.NewGuid().ToString("N");
        var template = Template.Value;
        lock (Copying)
        {
            Execute(administration, $"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY");
        }

        return new TestDatabase(administration, name);
    }

    /// <summary>A database nothing was migrated in yet (on SQLite, the empty data folder is that), for tests of a first start.</summary>
    public static TestDatabase CreateEmpty()
    {
        if (!OnPostgreSql)
        {
            return new TestDatabase(null, null);
        }

        var administration = Environment.GetEnvironmentVariable(PostgreSqlVariable)!;
        return new TestDatabase(administration, NewDatabase(administration, "empty_"));
    }

    private static string NewDatabase(string administration, string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N");
        Execute(administration, $"CREATE DATABASE {name}");
        return name;
    }

    private static string CreateTemplate()
    {
        var administration = Environment.GetEnvironmentVariable(PostgreSqlVariable)!;
        var name = NewDatabase(administration, "template_");
        var connectionString = new NpgsqlConnectionStringBuilder(administration) { Database = name, Pooling = false }.ConnectionString;
        using var provider = HostDatabases.In(
            Path.Combine(Path.GetTempPath(), "caprural-tests", name),
            [new("Database:Provider", "postgresql"), new("Database:ConnectionString", connectionString)]);
        provider.MigrateModuleDatabasesAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute(administration, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        return name;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public string? ConnectionString =>
        _name is null ? null : new NpgsqlConnectionStringBuilder(_administration) { Database = _name }.ConnectionString;

    public IEnumerable<KeyValuePair<string, string?>> Settings =>
        _name is null
            ? []
            : [new("Database:Provider", "postgresql"), new("Database:ConnectionString", ConnectionString)];

    public async Task<long> ScalarAsync(string dataDirectory, string module, string sql) =>
        Convert.ToInt64(await RunAsync(dataDirectory, module, sql, command => command.ExecuteScalarAsync()));

    public Task<int> ExecuteAsync(string dataDirectory, string module, string sql) =>
        RunAsync(dataDirectory, module, sql, command => command.ExecuteNonQueryAsync());

    private async Task<T> RunAsync<T>(string dataDirectory, string module, string sql, Func<System.Data.Common.DbCommand, Task<T>> run)
    {
        await using System.Data.Common.DbConnection connection = _name is null
            ? new SqliteConnection($"Data Source={Path.Combine(dataDirectory, module + ".db")};Pooling=False")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = module, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await run(command);
    }

    public void Dispose()
    {
        if (_name is null || !_owned)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute(_administration!, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
