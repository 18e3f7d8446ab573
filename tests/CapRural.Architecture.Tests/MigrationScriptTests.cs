using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class MigrationScriptTests
{
    /// <summary>
    /// With UPDATE_MIGRATION_SCRIPTS=1 (build/ef/optimize.sh sets it) the scripts are written beside
    /// the migrations first, as <c>Migrations/Sql/{migration}.sql</c>; the next build embeds them.
    /// </summary>
    [Fact]
    public void Every_SQLite_migration_ships_the_script_EF_generates_for_it()
    {
        var contexts = Solution.DbContexts.Where(c => !c.OnPostgreSql).Select(c => c.Context).ToList();
        Assert.Equal(5, contexts.Count);
        var migrations = contexts.SelectMany(ModelReader.MigrationScriptsOf).ToList();
        if (Environment.GetEnvironmentVariable("UPDATE_MIGRATION_SCRIPTS") == "1")
        {
            foreach (var context in contexts)
            {
                WriteScripts(context, migrations.Where(m => m.Context == context.FullName).ToList());
            }

            return;
        }

        Assert.True(migrations.Count >= 30, $"{migrations.Count} migrations found");
        Violations.AssertNone(MigrationScriptRule.ViolationsOf(migrations));
    }

    [Fact]
    public void A_missing_or_different_script_is_reported()
    {
        var violations = MigrationScriptRule.ViolationsOf(
        [
            new MigrationScriptInfo("CapRural.Meetings.Infrastructure.MeetingsDbContext", "20261130005650_Initial", Shipped: null, "CREATE TABLE \"meetings\" (…);"),
            new MigrationScriptInfo("CapRural.Knowledge.Infrastructure.KnowledgeDbContext", "20261130002958_Directory", "CREATE TABLE \"members\" (…);", "CREATE TABLE \"members\" (… \"Phone\" TEXT NULL);"),
            new MigrationScriptInfo("CapRural.Host.Access.AccessDbContext", "20261130000000_Initial", "CREATE TABLE \"api_keys\" (…);", "CREATE TABLE \"api_keys\" (…);"),
        ]);

        Assert.Equal(
        [
            "CapRural.Meetings.Infrastructure.MeetingsDbContext's migration 20261130005650_Initial has no SQL script: run build/ef/optimize.sh and commit what it generates",
            "CapRural.Knowledge.Infrastructure.KnowledgeDbContext's migration 20261130002958_Directory ships a SQL script that differs from what EF generates for it: run build/ef/optimize.sh and commit what it generates",
        ],
            violations);
    }

    /// <summary>Replaces the context's scripts: a removed migration's script goes with it.</summary>
    private static void WriteScripts(Type context, IReadOnlyList<MigrationScriptInfo> migrations)
    {
        var folder = Path.Combine(SourceFolderOf(context), MigrationsFolderOf(context), "Sql");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var migration in migrations)
        {
            File.WriteAllText(Path.Combine(folder, migration.Migration + ".sql"), migration.Generated);
        }
    }

    /// <summary>The project folder of the context's assembly, under the repository's src.</summary>
    private static string SourceFolderOf(Type context)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CapRural.sln")))
        {
            directory = directory.Parent;
        }

        var src = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("CapRural.sln not found above the test binaries."), "src");
        var project = Directory.GetFiles(src, context.Assembly.GetName().Name + ".csproj", SearchOption.AllDirectories).Single();
        return Path.GetDirectoryName(project)!;
    }

    /// <summary>The migrations' folder in their project, from their namespace (CapRural.Host.Access.Migrations: Access/Migrations).</summary>
    private static string MigrationsFolderOf(Type context)
    {
        var migration = context.Assembly.GetTypes().First(type =>
            type.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))
            && type.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>().Any(a => a.ContextType == context));
        var relative = migration.Namespace![(context.Assembly.GetName().Name!.Length + 1)..];
        return Path.Combine(relative.Split('.'));
    }
}
