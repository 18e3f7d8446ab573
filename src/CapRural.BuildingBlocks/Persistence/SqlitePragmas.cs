using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// WAL lets readers run beside the writer. synchronous=NORMAL commits without waiting for the disk,
/// and <see cref="WalSync"/> answers each write once an fsync shared with the writers beside it has
/// made it survive a power loss (ADR 0005). busy_timeout covers writers outside the process.
/// The settings belong to the native connection, which the pool hands out again and again: they are
/// applied once to each, not on every open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, Instance);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Configured.AddOrUpdate(handle, Instance);
    }

    private static bool IsConfigured(DbConnection connection, out sqlite3 handle)
    {
        handle = ((SqliteConnection)connection).Handle!;
        return Configured.TryGetValue(handle, out _);
    }
}
