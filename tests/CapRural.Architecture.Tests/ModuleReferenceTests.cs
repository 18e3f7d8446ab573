using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class ModuleReferenceTests
{
    [Fact]
    public void No_module_references_another_module()
    {
        Violations.AssertNone(ModuleReferenceRule.ViolationsOf(Solution.Assemblies));
    }

    [Fact]
    public void A_module_referencing_another_module_is_reported()
    {
        var violations = ModuleReferenceRule.ViolationsOf(
        [
            new AssemblyInfo(Names.Registration, [Names.BuildingBlocks, Names.Territories, "CapRural.Registration.Contracts"], DeclaresModule: true),
            new AssemblyInfo("CapRural.Selection", [Names.BuildingBlocks, "CapRural.Registration.Contracts", Names.Registration, "System.Runtime"], DeclaresModule: true),
        ]);

        var violation = Assert.Single(violations);
        Assert.StartsWith("CapRural.Selection references the module CapRural.Registration", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_referencing_the_host_is_reported()
    {
        var violations = ModuleReferenceRule.ViolationsOf(
        [
            new AssemblyInfo("CapRural.Meetings", [Names.BuildingBlocksContracts, "CapRural.Host"], DeclaresModule: true),
        ]);

        Assert.StartsWith("CapRural.Meetings references CapRural.Host", Assert.Single(violations), StringComparison.Ordinal);
    }
}
