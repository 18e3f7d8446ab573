using System.Reflection;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Architecture.Tests.Description;

/// <summary>Builds a module's EF model, without opening any database, to list the entity types it maps.</summary>
public static class ModelReader
{
    public static IReadOnlyList<EntityInfo> EntitiesOf(Type contextType)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseSqlite("Data Source=:memory:");
        using var signal = new OutboxSignal();
        var services = new ModuleDbServices(TimeProvider.System, signal);

        using var context = Create(contextType, builder.Options, services);
        return context.Model.GetEntityTypes()
            .Select(entity => new EntityInfo(entity.ClrType.FullName ?? entity.Name, entity.ClrType.Assembly.GetName().Name!))
            .ToList();
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
