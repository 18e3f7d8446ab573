using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class ModuleDatabaseTests
{
    private static readonly EntityInfo Outbox = new("CapRural.BuildingBlocks.Outbox.OutboxMessage", Names.BuildingBlocks);

    [Fact]
    public void Each_module_has_one_database_holding_only_its_own_tables()
    {
        Violations.AssertNone(ModuleDatabaseRule.ViolationsOf(Solution.ModuleDatabases));

        var registration = Assert.Single(Solution.ModuleDatabases, m => m.Module == Names.Registration);
        Assert.Contains(Assert.Single(registration.Contexts).Entities, e => e.Name == Outbox.Name);
    }

    [Fact]
    public void A_module_mapping_another_modules_table_is_reported()
    {
        var violations = ModuleDatabaseRule.ViolationsOf(
        [
            new ModuleDbInfo("CapRural.Meetings",
            [
                new DbContextInfo("CapRural.Meetings.Infrastructure.MeetingsDbContext", DerivesModuleDbContext: true,
                [
                    Outbox,
                    new EntityInfo("CapRural.Meetings.Domain.Meeting", "CapRural.Meetings"),
                    new EntityInfo("CapRural.Registration.Domain.Application", Names.Registration),
                ]),
            ]),
        ]);

        Assert.StartsWith(
            "CapRural.Meetings.Infrastructure.MeetingsDbContext in CapRural.Meetings maps CapRural.Registration.Domain.Application from CapRural.Registration",
            Assert.Single(violations),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_without_a_database_or_with_two_is_reported()
    {
        var violations = ModuleDatabaseRule.ViolationsOf(
        [
            new ModuleDbInfo("CapRural.Knowledge", []),
            new ModuleDbInfo("CapRural.Selection",
            [
                new DbContextInfo("CapRural.Selection.SelectionDbContext", DerivesModuleDbContext: true, [Outbox]),
                new DbContextInfo("CapRural.Selection.ReportingDbContext", DerivesModuleDbContext: true, [Outbox]),
            ]),
        ]);

        Assert.Equal(
        [
            "CapRural.Knowledge must declare exactly one DbContext; found none",
            "CapRural.Selection must declare exactly one DbContext; found CapRural.Selection.SelectionDbContext, CapRural.Selection.ReportingDbContext",
        ],
            violations);
    }

    [Fact]
    public void A_database_without_outbox_and_inbox_is_reported()
    {
        var violations = ModuleDatabaseRule.ViolationsOf(
        [
            new ModuleDbInfo("CapRural.Meetings",
            [
                new DbContextInfo("CapRural.Meetings.PlainDbContext", DerivesModuleDbContext: false, [new EntityInfo("CapRural.Meetings.Domain.Meeting", "CapRural.Meetings")]),
            ]),
        ]);

        Assert.StartsWith("CapRural.Meetings.PlainDbContext in CapRural.Meetings does not derive ModuleDbContext", Assert.Single(violations), StringComparison.Ordinal);
    }
}
