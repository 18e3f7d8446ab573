namespace CapRural.Architecture.Tests.Description;

/// <summary>A module and the DbContext types it declares.</summary>
public sealed record ModuleDbInfo(string Module, IReadOnlyList<DbContextInfo> Contexts);

/// <summary>A DbContext, whether it derives ModuleDbContext, and the entity types of its model.</summary>
public sealed record DbContextInfo(string Name, bool DerivesModuleDbContext, IReadOnlyList<EntityInfo> Entities);

/// <summary>An entity type of a model and the assembly that declares it.</summary>
public sealed record EntityInfo(string Name, string Assembly);
