using System.Reflection;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Architecture.Tests.Description;

/// <summary>Builds a module's EF model, without opening any database, to list the entity types it maps.</summary>
public static class ModelReader
{
    public static IReadOnlyList<EntityInfo> EntitiesOf(Type contextType) => Read(contextType, onPostgreSql: false);

    public static IReadOnlyList<EntityInfo> EntitiesOnPostgreSqlOf(Type contextType) => Read(contextType, onPostgreSql: true);

    /// <summary>Whether the model has changed since the provider's last migration (someone forgot to add one).</summary>
    public static bool HasPendingModelChanges(Type contextType, bool onPostgreSql)
    {
        using var signal = new OutboxSignal();
        using var context = Open(contextType, onPostgreSql, signal);
        return context.Database.HasPendingModelChanges();
    }

    private static IReadOnlyList<EntityInfo> Read(Type contextType, bool onPostgreSql)
    {
        using var signal = new OutboxSignal();
        using var context = Open(contextType, onPostgreSql, signal);
        return context.Model.GetEntityTypes()
            .Select(entity => new EntityInfo(
                entity.ClrType.FullName ?? entity.Name,
                entity.ClrType.Assembly.GetName().Name!,
                onPostgreSql ? entity.GetSchema() ?? "public" : null))
            .ToList();
    }

    private static DbContext Open(Type contextType, bool onPostgreSql, OutboxSignal signal)
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

        return Create(contextType, builder.Options, new ModuleDbServices(TimeProvider.System, signal));
    }

    private static DbContext Create(Type contextType, DbContextOptions options, ModuleDbServices services)
    {
        foreach (var constructor in contextType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            var parameters = constructor.GetParameters();
            var arguments = parameters.Select(parameter => parameter.ParameterType switch
            {
                var type when type.IsInstanceOfType(options) => options,
                var type when type == typeof(ModuleDbServices) => services,
                _ => (object?)null,
            }).ToArray();
            if (arguments.All(argument => argument is not null))
            {
                return (DbContext)constructor.Invoke(arguments);
            }
        }

        throw new InvalidOperationException(
            $"{contextType} has no constructor taking only its options and ModuleDbServices; its model cannot be checked.");
    }
}
