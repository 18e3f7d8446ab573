using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class BadInputTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string, string> InvalidSheets => new()
    {
        { """{ "summary": "Sans titre" }""", "title" },
        { """{ "title": "   " }""", "title" },
        { $$"""{ "title": "{{new string('a', 201)}}" }""", "title" },
        { $$"""{ "title": "Résumé trop long", "summary": "{{new string('a', 1001)}}" }""", "summary" },
        { $$"""{ "title": "Corps trop long", "body": "{{new string('a', 100_001)}}" }""", "body" },
        { $$"""{ "title": "Trop de thèmes", "themes": [{{string.Join(',', Enumerable.Range(1, 16).Select(i => $"\"t{i}\""))}}] }""", "themes" },
        { $$"""{ "title": "Thème trop long", "themes": ["{{new string('a', 61)}}"] }""", "themes[0]" },
        { $$"""{ "title": "Auteur trop long", "authors": ["{{new string('a', 121)}}"] }""", "authors[0]" },
        { $$"""{ "title": "Licence trop longue", "licence": "{{new string('a', 61)}}" }""", "licence" },
    };

    [Theory]
    [MemberData(nameof(InvalidSheets))]
    public async Task An_invalid_sheet_is_refused_naming_the_field_and_nothing_is_written(string json, string field)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var before = (await (await coordinator.GetAsync("/api/method-sheets")).JsonAsync())["total"]!.GetValue<int>();

        var problem = await (await coordinator.PostAsync("/api/method-sheets", new StringContent(json, Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, (await (await coordinator.GetAsync("/api/method-sheets")).JsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Malformed_json_or_an_empty_body_gets_400()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await (await coordinator.PostAsync("/api/method-sheets", new StringContent("{ \"title\": ", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsync("/api/method-sheets", new StringContent("", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsync("/api/method-sheets", new StringContent("""{ "title": "x", "themes": "mobilité" }""", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_ids_and_slugs_get_404()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var unknown = Guid.NewGuid();
        await (await coordinator.GetAsync($"/api/method-sheets/{unknown}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.PutAsJsonAsync($"/api/method-sheets/{unknown}", KnowledgeApi.SheetBody("Inconnue"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/method-sheets/{unknown}/revisions")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "submit", "publish", "archive" })
        {
            var problem = await (await coordinator.PostAsync($"/api/method-sheets/{unknown}/{action}", null)).ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Fiche méthode introuvable.", problem.Text("detail"));
        }

        await (await factory.CreateClient().GetAsync("/api/public/method-sheets/fiche-qui-n-existe-pas")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_sheet_without_summary_or_body_cannot_go_to_review()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var draft = await KnowledgeApi.CreateAsync(coordinator, new JsonObject { ["title"] = "Idée à développer" });

        var problem = await (await coordinator.PostAsync($"/api/method-sheets/{draft.Id()}/submit", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["summary", "body"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("draft", (await (await coordinator.GetAsync($"/api/method-sheets/{draft.Id()}")).JsonAsync()).Text("status"));
    }

    [Theory]
    [InlineData("/api/public/method-sheets?pageSize=101", "pageSize")]
    [InlineData("/api/public/method-sheets?page=0", "page")]
    [InlineData("/api/public/method-sheets?after=pas-un-curseur", "after")]
    public async Task Bad_partner_queries_get_422_naming_the_parameter(string url, string field)
    {
        var problem = await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_malformed_date_or_an_unknown_status_is_refused()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await (await factory.CreateClient().GetAsync("/api/public/method-sheets?updatedSince=hier")).ProblemAsync(HttpStatusCode.BadRequest);
        var problem = await (await coordinator.GetAsync("/api/method-sheets?status=perdue")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("status", problem["errors"]!.AsObject().Select(e => e.Key));
    }
}
