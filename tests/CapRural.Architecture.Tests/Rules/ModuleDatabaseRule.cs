using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>Each module has one DbContext, with the outbox and inbox, mapping only its own tables.</summary>
public static class ModuleDatabaseRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<ModuleDbInfo> modules)
    {
        var violations = new List<string>();
        foreach (var module in modules)
        {
            if (module.Contexts.Count != 1)
            {
                var found = module.Contexts.Count == 0 ? "none" : string.Join(", ", module.Contexts.Select(c => c.Name));
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
            }
        }

        return violations;
    }
}
