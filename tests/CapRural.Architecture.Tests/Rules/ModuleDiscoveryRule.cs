using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// The module list is computed, so it must not silently come out empty or miss a known module;
/// and every module comes with its Contracts assembly, the only part others may see.
/// </summary>
public static class ModuleDiscoveryRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<AssemblyInfo> assemblies)
    {
        var modules = Names.ModulesIn(assemblies);
        if (modules.Count == 0)
        {
            return [$"no module found among {assemblies.Count} assemblies: every other rule would pass vacuously"];
        }

        var violations = new List<string>();
        if (!modules.Contains(Names.Registration))
        {
            violations.Add($"{Names.Registration} is not among the modules found ({string.Join(", ", modules)})");
        }

        var names = assemblies.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        violations.AddRange(modules
            .Where(module => !names.Contains(Names.ContractsOf(module)))
            .Select(module => $"{module} has no {Names.ContractsOf(module)} assembly"));
        return violations;
    }
}
