using System.Globalization;
using System.Reflection;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CapRural.Architecture.Tests.Description;

/// <summary>Builds a module's EF model, without opening any database, to list the entity types it maps and check its compiled model.</summary>
public static class ModelReader
{
    public static IReadOnlyList<EntityInfo> EntitiesOf(Type contextType) => Read(contextType, onPostgreSql: false);

    public static IReadOnlyList<EntityInfo> EntitiesOnPostgreSqlOf(Type contextType) => Read(contextType, onPostgreSql: true);

    /// <summary>Whether the model has changed since the provider's last migration (someone forgot to add one).</summary>
    public static bool HasPendingModelChanges(Type contextType, bool onPostgreSql)
    {
        using var context = Open(contextType, onPostgreSql);
        return context.Database.HasPendingModelChanges();
    }

    /// <summary>
    /// The context's compiled model (Infrastructure/CompiledModels, found by EF through the generated
    /// DbContextModelAttribute) against the model its OnModelCreating builds today: what only one of
    /// them maps, as "- line" (compiled only) and "+ line" (code only).
    /// </summary>
    public static CompiledModelInfo CompiledModelOf(Type contextType, bool onPostgreSql) =>
        new(contextType.FullName!, HasCompiledModel(contextType), CompiledAgainstBuilt(contextType, contextType, onPostgreSql));

    /// <summary>The model EF uses for <paramref name="compiledOf"/> against the one <paramref name="builtOf"/> builds from its code.</summary>
    public static IReadOnlyList<string> CompiledAgainstBuilt(Type compiledOf, Type builtOf, bool onPostgreSql)
    {
        using var compiledContext = Open(compiledOf, onPostgreSql);
        using var builtContext = Open(builtOf, onPostgreSql);
        var compiled = Mapping(compiledContext.Model);
        // The design-time model is always built from OnModelCreating, even when a compiled model exists.
        var built = Mapping(builtContext.GetService<IDesignTimeModel>().Model);
        return compiled.Except(built).Select(line => "- " + line)
            .Concat(built.Except(compiled).Select(line => "+ " + line))
            .ToList();
    }

    /// <summary>
    /// Each migration of a SQLite context with the script its assembly ships and the one EF generates
    /// for it, from the migration before it (the first one also creates the history table).
    /// </summary>
    public static IReadOnlyList<MigrationScriptInfo> MigrationScriptsOf(Type contextType)
    {
        using var context = Open(contextType, onPostgreSql: false);
        var migrator = context.GetService<IMigrator>();
        string? previous = null;
        var scripts = new List<MigrationScriptInfo>();
        foreach (var migration in context.Database.GetMigrations())
        {
            scripts.Add(new MigrationScriptInfo(contextType.FullName!, migration, ShippedScript(contextType, migration), migrator.GenerateScript(previous, migration)));
            previous = migration;
        }

        return scripts;
    }

    private static string? ShippedScript(Type contextType, string migration)
    {
        using var stream = contextType.Assembly.GetManifestResourceStream(SqliteSchema.ScriptResourcePrefix + migration + ".sql");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool HasCompiledModel(Type contextType) =>
        contextType.Assembly.GetCustomAttributes<DbContextModelAttribute>().Any(attribute => attribute.ContextType == contextType);

    /// <summary>
    /// What a model maps, one line a fact, from what a compiled (read-optimised) model keeps too: the
    /// tables with their columns, keys, indexes and foreign keys, and each property's CLR side.
    /// </summary>
    private static SortedSet<string> Mapping(IModel model)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = table.Schema is null ? table.Name : $"{table.Schema}.{table.Name}";
            lines.Add($"table {name}");
            foreach (var column in table.Columns)
            {
                lines.Add($"table {name} column {column.Name} {column.StoreType}{(column.IsNullable ? " null" : "")}");
            }

            if (table.PrimaryKey is { } primaryKey)
            {
                lines.Add($"table {name} primary key {primaryKey.Name} ({Columns(primaryKey.Columns)})");
            }

            lines.UnionWith(table.UniqueConstraints.Select(unique => $"table {name} unique {unique.Name} ({Columns(unique.Columns)})"));
            lines.UnionWith(table.Indexes.Select(index => $"table {name} index {index.Name} ({Columns(index.Columns)}){(index.IsUnique ? " unique" : "")}"));
            lines.UnionWith(table.ForeignKeyConstraints.Select(foreignKey =>
                $"table {name} foreign key {foreignKey.Name} ({Columns(foreignKey.Columns)}) → {foreignKey.PrincipalTable.Name} on delete {foreignKey.OnDeleteAction}"));
        }

        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                lines.Add($"entity {entity.Name} property {property.Name} {property.ClrType.Name}{(property.IsNullable ? " null" : "")}" +
                    $" max {property.GetMaxLength()?.ToString(CultureInfo.InvariantCulture) ?? "-"} generated {property.ValueGenerated}" +
                    $"{(property.IsConcurrencyToken ? " concurrency" : "")} stored as {property.GetValueConverter()?.ProviderClrType.Name ?? "itself"}");
            }
        }

        return lines;
    }

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(column => column.Name));

    private static IReadOnlyList<EntityInfo> Read(Type contextType, bool onPostgreSql)
    {
        using var context = Open(contextType, onPostgreSql);
        return context.Model.GetEntityTypes()
            .Select(entity => new EntityInfo(
                entity.ClrType.FullName ?? entity.Name,
                entity.ClrType.Assembly.GetName().Name!,
                onPostgreSql ? entity.GetSchema() ?? "public" : null))
            .ToList();
    }

    private static DbContext Open(Type contextType, bool onPostgreSql)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        if (onPostgreSql)
        {
            builder.UseNpgsql("Host=localhost;Database=model");
        }
        else
        {
            builder.UseSqlite("Data Source=:memory:");
        }

        // Every module context takes only its options: EF Core pools them (ModuleDatabaseRegistration).
        return (DbContext)Activator.CreateInstance(contextType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [builder.Options], null)!;
    }
}
