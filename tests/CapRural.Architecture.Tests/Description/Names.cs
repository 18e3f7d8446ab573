namespace CapRural.Architecture.Tests.Description;

/// <summary>The naming conventions the rules rely on.</summary>
public static class Names
{
    public const string Prefix = "CapRural.";
    public const string BuildingBlocks = "CapRural.BuildingBlocks";
    public const string BuildingBlocksContracts = "CapRural.BuildingBlocks.Contracts";
    public const string Territories = "CapRural.Territories";
    public const string Registration = "CapRural.Registration";

    /// <summary>What every module may use: none of it knows about any module.</summary>
    public static readonly IReadOnlySet<string> Shared = new HashSet<string>(StringComparer.Ordinal)
    {
        BuildingBlocks,
        BuildingBlocksContracts,
        Territories,
    };

    public static bool IsOurs(string assembly) => assembly.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool IsContracts(string assembly) => IsOurs(assembly) && assembly.EndsWith(".Contracts", StringComparison.Ordinal);

    public static string ContractsOf(string module) => module + ".Contracts";

    public static IReadOnlySet<string> ModulesIn(IEnumerable<AssemblyInfo> assemblies) =>
        assemblies.Where(a => a.DeclaresModule).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
}
