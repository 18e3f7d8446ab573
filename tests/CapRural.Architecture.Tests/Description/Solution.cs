using System.Reflection;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Architecture.Tests.Description;

/// <summary>
/// Every CapRural assembly next to the tests (the host pulls them all in), described for the rules.
/// Nothing here is a hand-kept list: a new module is found because it implements <see cref="IModule"/>.
/// </summary>
public static class Solution
{
    private static readonly Lazy<IReadOnlyList<Assembly>> Loaded = new(LoadOurs);
    private static readonly Lazy<IReadOnlyList<AssemblyInfo>> DescribedAssemblies = new(DescribeAssemblies);
    private static readonly Lazy<IReadOnlyList<ModuleDbInfo>> DescribedDatabases = new(DescribeDatabases);

    public static IReadOnlyList<AssemblyInfo> Assemblies => DescribedAssemblies.Value;

    /// <summary>Built from each module's EF model, so it lists tables mapped without a DbSet too.</summary>
    public static IReadOnlyList<ModuleDbInfo> ModuleDatabases => DescribedDatabases.Value;

    /// <summary>Every DbContext of the solution, the host's own included, and whether it is a PostgreSQL variant.</summary>
    public static IReadOnlyList<(Type Context, bool OnPostgreSql)> DbContexts => Loaded.Value
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsAbstract && typeof(DbContext).IsAssignableFrom(type))
        .Select(type => (type, VariantOf(type) is not null))
        .ToList();

    public static IReadOnlyList<PublicTypeInfo> ContractsPublicTypes => Loaded.Value
        .Where(assembly => Names.IsContracts(NameOf(assembly)))
        .SelectMany(assembly => assembly.GetExportedTypes()
            .Select(type => new PublicTypeInfo(NameOf(assembly), type.FullName!, ShapeOf(type))))
        .ToList();

    public static IReadOnlyList<EventTypeInfo> IntegrationEvents => Loaded.Value
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type != typeof(IntegrationEvent) && typeof(IntegrationEvent).IsAssignableFrom(type))
        .Select(type => new EventTypeInfo(
            NameOf(type.Assembly),
            type.FullName!,
            type.IsSealed,
            type.GetCustomAttribute<EventNameAttribute>()?.Name,
            ConsumersOf(type),
            type.GetCustomAttribute<ForOutsideSubscribersAttribute>() is not null))
        .ToList();

    /// <summary>Handlers of the event written in a module (the mediator's generated code is not a consumer).</summary>
    private static List<string> ConsumersOf(Type eventType) => Loaded.Value
        .Where(DeclaresModule)
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsAbstract && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
        .Where(type => typeof(INotificationHandler<>).MakeGenericType(eventType).IsAssignableFrom(type))
        .Select(type => type.FullName!)
        .ToList();

    private static IReadOnlyList<AssemblyInfo> DescribeAssemblies() => Loaded.Value
        .Select(assembly => new AssemblyInfo(
            NameOf(assembly),
            assembly.GetReferencedAssemblies().Select(reference => reference.Name!).ToList(),
            DeclaresModule(assembly)))
        .ToList();

    private static IReadOnlyList<ModuleDbInfo> DescribeDatabases() => Loaded.Value
        .Where(DeclaresModule)
        .Select(module => new ModuleDbInfo(
            NameOf(module),
            module.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DbContext).IsAssignableFrom(type))
                .Select(context => VariantOf(context) is { } variantOf
                    ? new DbContextInfo(context.FullName!, typeof(ModuleDbContext).IsAssignableFrom(context), ModelReader.EntitiesOnPostgreSqlOf(context), variantOf.FullName)
                    : new DbContextInfo(context.FullName!, typeof(ModuleDbContext).IsAssignableFrom(context), ModelReader.EntitiesOf(context)))
                .ToList()))
        .ToList();

    /// <summary>A context deriving another concrete context is that database's PostgreSQL variant.</summary>
    private static Type? VariantOf(Type context) =>
        context.BaseType is { IsAbstract: false } parent && typeof(DbContext).IsAssignableFrom(parent) ? parent : null;

    private static IReadOnlyList<Assembly> LoadOurs() =>
        Directory.GetFiles(AppContext.BaseDirectory, Names.Prefix + "*.dll")
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(".Tests", StringComparison.Ordinal))
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .OrderBy(NameOf, StringComparer.Ordinal)
            .ToList();

    private static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    private static bool DeclaresModule(Assembly assembly) =>
        assembly.GetTypes().Any(type => !type.IsAbstract && !type.IsInterface && typeof(IModule).IsAssignableFrom(type));

    private static TypeShape ShapeOf(Type type)
    {
        if (type.IsEnum)
        {
            return TypeShape.Enum;
        }

        if (type.IsInterface)
        {
            return TypeShape.Interface;
        }

        if (type.IsValueType)
        {
            return TypeShape.Struct;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return TypeShape.Delegate;
        }

        if (typeof(Attribute).IsAssignableFrom(type))
        {
            return type.IsSealed ? TypeShape.SealedAttribute : TypeShape.Class;
        }

        // The compiler gives every record class a clone method with this unspeakable name.
        var isRecord = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(method => method.Name == "<Clone>$");
        if (!isRecord)
        {
            return TypeShape.Class;
        }

        return type.IsSealed ? TypeShape.SealedRecord : type.IsAbstract ? TypeShape.AbstractRecord : TypeShape.OpenRecord;
    }
}
