using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class ModuleDiscoveryTests
{
    [Fact]
    public void Every_module_of_the_platform_is_found_with_its_contracts()
    {
        Violations.AssertNone(ModuleDiscoveryRule.ViolationsOf(Solution.Assemblies));
    }

    [Fact]
    public void An_empty_module_list_is_reported()
    {
        var violations = ModuleDiscoveryRule.ViolationsOf([new AssemblyInfo(Names.BuildingBlocks, [])]);

        Assert.Contains("no module found", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_registration_module_is_reported()
    {
        var violations = ModuleDiscoveryRule.ViolationsOf(
        [
            new AssemblyInfo("CapRural.Meetings", [], DeclaresModule: true),
            new AssemblyInfo("CapRural.Meetings.Contracts", []),
        ]);

        Assert.Contains($"{Names.Registration} is not among the modules found (CapRural.Meetings)", violations);
    }

    [Fact]
    public void A_module_without_contracts_is_reported()
    {
        var violations = ModuleDiscoveryRule.ViolationsOf(
        [
            new AssemblyInfo(Names.Registration, [], DeclaresModule: true),
            new AssemblyInfo("CapRural.Registration.Contracts", []),
            new AssemblyInfo("CapRural.Knowledge", [], DeclaresModule: true),
        ]);

        Assert.Equal(["CapRural.Knowledge has no CapRural.Knowledge.Contracts assembly"], violations);
    }
}
