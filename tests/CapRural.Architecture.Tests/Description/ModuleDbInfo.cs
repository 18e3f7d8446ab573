namespace CapRural.Architecture.Tests.Description;

/// <summary>A module and the DbContext types it declares.</summary>
public sealed record ModuleDbInfo(string Module, IReadOnlyList<DbContextInfo> Contexts);

/// <summary>
/// A DbContext, whether it derives ModuleDbContext, and the entity types of its model;
/// <c>VariantOf</c> names the context it repeats on PostgreSQL (the same database on another provider).
/// </summary>
public sealed record DbContextInfo(string Name, bool DerivesModuleDbContext, IReadOnlyList<EntityInfo> Entities, string? VariantOf = null);

/// <summary>An entity type of a model, the assembly that declares it and, on PostgreSQL, the schema of its table.</summary>
public sealed record EntityInfo(string Name, string Assembly, string? Schema = null);
