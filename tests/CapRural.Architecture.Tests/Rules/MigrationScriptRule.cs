using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// The host applies each SQLite migration from the script its module ships, not through EF's migrator:
/// that script must be the SQL EF generates for the migration today, or a new database would get a
/// schema the migrations do not describe.
/// </summary>
public static class MigrationScriptRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<MigrationScriptInfo> migrations) => migrations
        .SelectMany(migration => migration switch
        {
            { Shipped: null } => [$"{migration.Context}'s migration {migration.Migration} has no SQL script: {CompiledModelRule.Fix}"],
            _ when migration.Shipped != migration.Generated =>
                new[] { $"{migration.Context}'s migration {migration.Migration} ships a SQL script that differs from what EF generates for it: {CompiledModelRule.Fix}" },
            _ => [],
        })
        .ToList();
}
