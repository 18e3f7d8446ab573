using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// Each module has one DbContext (and at most its PostgreSQL variant), with the outbox and inbox,
/// mapping only its own tables — on PostgreSQL, all in the schema named after the module.
/// </summary>
public static class ModuleDatabaseRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<ModuleDbInfo> modules)
    {
        var violations = new List<string>();
        foreach (var module in modules)
        {
            var databases = module.Contexts.Where(c => c.VariantOf is null).ToList();
            if (databases.Count != 1)
            {
                var found = databases.Count == 0 ? "none" : string.Join(", ", databases.Select(c => c.Name));
                violations.Add($"{module.Module} must declare exactly one DbContext; found {found}");
            }

            foreach (var context in module.Contexts)
            {
                if (!context.DerivesModuleDbContext)
                {
                    violations.Add($"{context.Name} in {module.Module} does not derive ModuleDbContext, so it has no outbox or inbox");
                }

                violations.AddRange(context.Entities
                    .Where(entity => entity.Assembly != module.Module && entity.Assembly != Names.BuildingBlocks)
                    .Select(entity => $"{context.Name} in {module.Module} maps {entity.Name} from {entity.Assembly}: a module keeps only its own tables"));
                if (context.VariantOf is not null)
                {
                    var schema = module.Module[(module.Module.LastIndexOf('.') + 1)..].ToLowerInvariant();
                    violations.AddRange(context.Entities
                        .Where(entity => entity.Schema != schema)
                        .Select(entity => $"{context.Name} in {module.Module} keeps {entity.Name} in schema {entity.Schema}: on PostgreSQL a module keeps its tables in schema {schema}"));
                }
            }
        }

        return violations;
    }
}
