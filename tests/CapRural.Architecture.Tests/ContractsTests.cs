using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class ContractsTests
{
    [Fact]
    public void Contracts_depend_only_on_the_contracts_base()
    {
        Violations.AssertNone(ContractsReferenceRule.ViolationsOf(Solution.Assemblies));
    }

    [Fact]
    public void Contracts_referencing_a_module_or_a_heavy_library_are_reported()
    {
        var violations = ContractsReferenceRule.ViolationsOf(
        [
            new AssemblyInfo("CapRural.Meetings.Contracts", ["System.Runtime", "Mediator", Names.BuildingBlocksContracts, Names.Registration]),
            new AssemblyInfo("CapRural.Selection.Contracts", ["System.Runtime", "Microsoft.EntityFrameworkCore"]),
            new AssemblyInfo(Names.Registration, [Names.BuildingBlocks, "Microsoft.EntityFrameworkCore"], DeclaresModule: true),
        ]);

        Assert.Equal(2, violations.Count);
        Assert.StartsWith("CapRural.Meetings.Contracts references CapRural.Registration", violations[0], StringComparison.Ordinal);
        Assert.StartsWith("CapRural.Selection.Contracts references Microsoft.EntityFrameworkCore", violations[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Contracts_expose_only_records_and_enums()
    {
        Violations.AssertNone(ContractsShapeRule.ViolationsOf(Solution.ContractsPublicTypes));
    }

    [Fact]
    public void A_public_class_or_open_record_in_contracts_is_reported()
    {
        var violations = ContractsShapeRule.ViolationsOf(
        [
            new PublicTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingScheduled", TypeShape.SealedRecord),
            new PublicTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.Format", TypeShape.Enum),
            new PublicTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.MeetingEvent", TypeShape.AbstractRecord),
            new PublicTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.Meeting", TypeShape.Class),
            new PublicTypeInfo("CapRural.Meetings.Contracts", "CapRural.Meetings.Contracts.Slot", TypeShape.OpenRecord),
            new PublicTypeInfo("CapRural.Meetings", "CapRural.Meetings.Domain.Room", TypeShape.Class),
        ]);

        Assert.Equal(2, violations.Count);
        Assert.StartsWith("CapRural.Meetings.Contracts.Meeting in CapRural.Meetings.Contracts is a public class", violations[0], StringComparison.Ordinal);
        Assert.StartsWith("CapRural.Meetings.Contracts.Slot in CapRural.Meetings.Contracts is a public record that is neither sealed nor abstract", violations[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_contracts_are_described_with_their_event_records()
    {
        var applicationSubmitted = Assert.Single(Solution.ContractsPublicTypes, t => t.Name == "CapRural.Registration.Contracts.ApplicationSubmitted");
        Assert.Equal(TypeShape.SealedRecord, applicationSubmitted.Shape);
        var integrationEvent = Assert.Single(Solution.ContractsPublicTypes, t => t.Name == "CapRural.BuildingBlocks.Contracts.IntegrationEvent");
        Assert.Equal(TypeShape.AbstractRecord, integrationEvent.Shape);
    }
}
