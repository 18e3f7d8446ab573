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
        Assert.Contains(Assert.Single(registration.Contexts, c => c.VariantOf is null).Entities, e => e.Name == Outbox.Name);
        var onPostgreSql = Assert.Single(registration.Contexts, c => c.VariantOf is not null);
        Assert.Contains(onPostgreSql.Entities, e => e.Name == Outbox.Name && e.Schema == "registration");
    }

    [Fact]
    public void Every_model_change_has_its_migration_on_both_providers()
    {
        var contexts = Solution.DbContexts;
        Assert.Equal(5, contexts.Count(c => !c.OnPostgreSql));
        Assert.Equal(5, contexts.Count(c => c.OnPostgreSql));
        Assert.Empty(contexts.Where(c => ModelReader.HasPendingModelChanges(c.Context, c.OnPostgreSql)).Select(c => c.Context.Name));
    }

    [Fact]
    public void A_PostgreSQL_variant_keeping_a_table_outside_its_schema_is_reported()
    {
        var violations = ModuleDatabaseRule.ViolationsOf(
        [
            new ModuleDbInfo("CapRural.Meetings",
            [
                new DbContextInfo("CapRural.Meetings.MeetingsDbContext", DerivesModuleDbContext: true, [Outbox]),
                new DbContextInfo("CapRural.Meetings.MeetingsPostgreSqlDbContext", DerivesModuleDbContext: true,
                    [Outbox with { Schema = "meetings" }, new EntityInfo("CapRural.Meetings.Domain.Meeting", "CapRural.Meetings", "public")],
                    VariantOf: "CapRural.Meetings.MeetingsDbContext"),
            ]),
        ]);

        Assert.Equal(
            "CapRural.Meetings.MeetingsPostgreSqlDbContext in CapRural.Meetings keeps CapRural.Meetings.Domain.Meeting in schema public: on PostgreSQL a module keeps its tables in schema meetings",
            Assert.Single(violations));
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
