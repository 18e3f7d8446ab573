using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>A module uses the building blocks, Territories and Contracts assemblies — never another module.</summary>
public static class ModuleReferenceRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<AssemblyInfo> assemblies)
    {
        var modules = Names.ModulesIn(assemblies);
        return assemblies
            .Where(a => a.DeclaresModule)
            .SelectMany(module => module.References
                .Where(Names.IsOurs)
                .Where(reference => !Names.Shared.Contains(reference) && !Names.IsContracts(reference))
                .Select(reference => modules.Contains(reference)
                    ? $"{module.Name} references the module {reference}: use its Contracts and integration events"
                    : $"{module.Name} references {reference}, which is neither a building block, Territories nor a Contracts assembly"))
            .ToList();
    }
}
