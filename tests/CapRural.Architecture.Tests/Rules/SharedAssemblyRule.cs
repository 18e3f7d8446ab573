using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>BuildingBlocks and Territories serve every module and know none of them.</summary>
public static class SharedAssemblyRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<AssemblyInfo> assemblies)
    {
        var names = assemblies.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var missing = Names.Shared
            .Where(shared => !names.Contains(shared))
            .Select(shared => $"{shared} was not found, so nothing checks what it references");
        var leaks = assemblies
            .Where(a => Names.Shared.Contains(a.Name))
            .SelectMany(shared => shared.References
                .Where(reference => Names.IsOurs(reference) && !Names.Shared.Contains(reference))
                .Select(reference => $"{shared.Name} references {reference}: shared code must not depend on a module or the host"));
        return missing.Concat(leaks).ToList();
    }
}
