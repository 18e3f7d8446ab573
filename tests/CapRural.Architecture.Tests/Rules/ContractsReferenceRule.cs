using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>A Contracts assembly depends on nothing heavier than the contracts base, the mediator abstractions and the runtime.</summary>
public static class ContractsReferenceRule
{
    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        Names.BuildingBlocksContracts,
        "Mediator", // the assembly of the Mediator.Abstractions package
        "netstandard",
        "mscorlib",
    };

    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<AssemblyInfo> assemblies) =>
        assemblies
            .Where(a => Names.IsContracts(a.Name))
            .SelectMany(contracts => contracts.References
                .Where(reference => !IsAllowed(reference))
                .Select(reference => $"{contracts.Name} references {reference}; a Contracts assembly may only use {Names.BuildingBlocksContracts}, Mediator and the runtime"))
            .ToList();

    private static bool IsAllowed(string reference) =>
        Allowed.Contains(reference)
        || reference == "System"
        || reference.StartsWith("System.", StringComparison.Ordinal);
}
