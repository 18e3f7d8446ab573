using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Persistence;

internal static class SqliteContext
{
    /// <summary>
    /// Whether the context works on a SQLite file, asked at every write (write gate, WAL sync): told by
    /// its connection's type, not by <c>IsSqlite()</c>, which reads the provider's assembly name by reflection.
    /// </summary>
    public static bool IsOnSqlite(this DbContext context) => context.Database.GetDbConnection() is SqliteConnection;
}
