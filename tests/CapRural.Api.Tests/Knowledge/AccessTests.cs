using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class AccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static IEnumerable<HttpRequestMessage> CoordinatorRequests(Guid sheetId) =>
    [
        new(HttpMethod.Post, "/api/method-sheets") { Content = JsonContent.Create(KnowledgeApi.SheetBody("Tentative")) },
        new(HttpMethod.Put, $"/api/method-sheets/{sheetId}") { Content = JsonContent.Create(KnowledgeApi.SheetBody("Tentative")) },
        new(HttpMethod.Get, "/api/method-sheets"),
        new(HttpMethod.Get, $"/api/method-sheets/{sheetId}"),
        new(HttpMethod.Get, $"/api/method-sheets/{sheetId}/revisions"),
        new(HttpMethod.Post, $"/api/method-sheets/{sheetId}/submit"),
        new(HttpMethod.Post, $"/api/method-sheets/{sheetId}/publish"),
        new(HttpMethod.Post, $"/api/method-sheets/{sheetId}/archive"),
    ];

    [Fact]
    public async Task Only_a_coordinator_key_drafts_reviews_and_publishes()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var draft = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Brouillon protégé"));
        var anonymous = factory.CreateClient();
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);

        foreach (var request in CoordinatorRequests(draft.Id()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
        }

        foreach (var client in new[] { reviewer, partner })
        {
            foreach (var request in CoordinatorRequests(draft.Id()))
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
            }
        }

        var wrongKey = factory.CreateClient();
        wrongKey.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, "clé-inventée");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync($"/api/method-sheets/{draft.Id()}")).StatusCode);

        var unchanged = await (await coordinator.GetAsync($"/api/method-sheets/{draft.Id()}")).JsonAsync();
        Assert.Equal("draft", unchanged.Text("status"));
        Assert.Equal("Brouillon protégé", unchanged.Text("title"));
        var list = await (await coordinator.GetAsync("/api/method-sheets?status=draft&pageSize=100")).JsonAsync();
        Assert.Contains(list["items"]!.AsArray(), i => i!.Id() == draft.Id());
    }

    [Fact]
    public async Task Anyone_reads_the_partner_api_and_it_never_shows_drafts_or_sheets_in_review()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var inReview = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Fiche en relecture secrète"));
        await coordinator.PostAsync($"/api/method-sheets/{inReview.Id()}/submit", null);
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche ouverte à tous"));

        foreach (var client in new[] { factory.CreateClient(), await factory.ClientWithRoleAsync(Roles.Partner) })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/public/method-sheets/{slug}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/public/method-sheets/{inReview.Text("slug")}")).StatusCode);
            var body = await client.GetStringAsync("/api/public/method-sheets?updatedSince=2000-01-01T00:00:00Z&pageSize=100");
            Assert.Contains(slug, body, StringComparison.Ordinal);
            Assert.DoesNotContain("secrète", body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/public/method-sheets.atom")).StatusCode);
        }
    }
}
