using CapRural.Architecture.Tests.Description;
using CapRural.Architecture.Tests.Rules;

namespace CapRural.Architecture.Tests;

public sealed class CompiledModelTests
{
    [Fact]
    public void Every_compiled_model_matches_its_context()
    {
        var contexts = Solution.DbContexts;
        Assert.Equal(10, contexts.Count);
        Violations.AssertNone(CompiledModelRule.ViolationsOf(
            contexts.Select(c => ModelReader.CompiledModelOf(c.Context, c.OnPostgreSql)).ToList()));
    }

    [Fact]
    public void A_compiled_model_of_another_model_shows_its_differences()
    {
        var access = Solution.DbContexts.Single(c => c.Context.Name == "AccessDbContext").Context;
        var knowledge = Solution.DbContexts.Single(c => c.Context.Name == "KnowledgeDbContext").Context;

        var differences = ModelReader.CompiledAgainstBuilt(access, knowledge, onPostgreSql: false);

        Assert.Contains("- table api_keys", differences);
        Assert.Contains("+ table method_sheets", differences);
    }

    [Fact]
    public void A_missing_or_stale_compiled_model_is_reported()
    {
        var violations = CompiledModelRule.ViolationsOf(
        [
            new CompiledModelInfo("CapRural.Meetings.Infrastructure.MeetingsDbContext", Exists: false, []),
            new CompiledModelInfo("CapRural.Knowledge.Infrastructure.KnowledgeDbContext", Exists: true, ["+ table method_sheets column Subtitle TEXT"]),
            new CompiledModelInfo("CapRural.Host.Access.AccessDbContext", Exists: true, []),
        ]);

        Assert.Equal(
        [
            "CapRural.Meetings.Infrastructure.MeetingsDbContext has no compiled model: run build/ef/optimize.sh and commit what it generates",
            "CapRural.Knowledge.Infrastructure.KnowledgeDbContext's compiled model differs from its code (+ table method_sheets column Subtitle TEXT): run build/ef/optimize.sh and commit what it generates",
        ],
            violations);
    }
}
