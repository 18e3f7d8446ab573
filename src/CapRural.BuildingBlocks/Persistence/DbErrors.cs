using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>The one place that reads provider-specific error codes.</summary>
public static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;

    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
