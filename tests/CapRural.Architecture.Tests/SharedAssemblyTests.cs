using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class SharedAssemblyTests
{
    [Fact]
    public void Building_blocks_and_territories_know_no_module()
    {
        Violations.AssertNone(SharedAssemblyRule.ViolationsOf(Solution.Assemblies));
    }

    [Fact]
    public void Building_blocks_referencing_a_module_is_reported()
    {
        var violations = SharedAssemblyRule.ViolationsOf(
        [
            new AssemblyInfo(Names.BuildingBlocks, [Names.BuildingBlocksContracts, "CapRural.Registration.Contracts"]),
            new AssemblyInfo(Names.BuildingBlocksContracts, ["Mediator"]),
            new AssemblyInfo(Names.Territories, []),
            new AssemblyInfo(Names.Registration, [Names.BuildingBlocks], DeclaresModule: true),
        ]);

        Assert.StartsWith("CapRural.BuildingBlocks references CapRural.Registration.Contracts", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Territories_referencing_a_module_is_reported()
    {
        var violations = SharedAssemblyRule.ViolationsOf(
        [
            new AssemblyInfo(Names.BuildingBlocks, [Names.BuildingBlocksContracts]),
            new AssemblyInfo(Names.BuildingBlocksContracts, []),
            new AssemblyInfo(Names.Territories, ["CapRural.Meetings"]),
        ]);

        Assert.StartsWith("CapRural.Territories references CapRural.Meetings", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_assembly_missing_from_the_scan_is_reported()
    {
        var violations = SharedAssemblyRule.ViolationsOf(
        [
            new AssemblyInfo(Names.BuildingBlocks, [Names.BuildingBlocksContracts]),
            new AssemblyInfo(Names.BuildingBlocksContracts, []),
        ]);

        Assert.StartsWith("CapRural.Territories was not found", Assert.Single(violations), StringComparison.Ordinal);
    }
}
