using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class MethodSheetWorkflowTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_draft_stays_private_until_reviewed_and_published_then_partners_read_it()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = factory.CreateClient();
        var created = await coordinator.PostAsJsonAsync("/api/method-sheets", KnowledgeApi.SheetBody("Diagnostic partagé de territoire"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.JsonAsync();
        Assert.Equal($"/api/method-sheets/{draft.Id()}", created.Headers.Location?.ToString());
        Assert.Equal("draft", draft.Text("status"));
        Assert.Equal("diagnostic-partage-de-territoire", draft.Text("slug"));
        Assert.Equal("CC BY-SA 4.0", draft.Text("licence"));

        await (await anonymous.GetAsync("/api/public/method-sheets/diagnostic-partage-de-territoire")).ProblemAsync(HttpStatusCode.NotFound);
        var list = await (await anonymous.GetAsync("/api/public/method-sheets?pageSize=100")).JsonAsync();
        Assert.DoesNotContain(list["items"]!.AsArray(), i => i!.Text("slug") == "diagnostic-partage-de-territoire");

        var submitted = await (await coordinator.PostAsync($"/api/method-sheets/{draft.Id()}/submit", null)).JsonAsync();
        Assert.Equal("inReview", submitted.Text("status"));
        await (await anonymous.GetAsync("/api/public/method-sheets/diagnostic-partage-de-territoire")).ProblemAsync(HttpStatusCode.NotFound);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        var published = await (await coordinator.PostAsync($"/api/method-sheets/{draft.Id()}/publish", null)).JsonAsync();
        Assert.Equal("published", published.Text("status"));
        Assert.Equal(1, published["publishedRevision"]!.GetValue<int>());

        var sheet = await (await anonymous.GetAsync("/api/public/method-sheets/diagnostic-partage-de-territoire")).JsonAsync();
        Assert.Equal(1, sheet["revision"]!.GetValue<int>());
        Assert.Equal("Diagnostic partagé de territoire", sheet.Text("title"));
        Assert.StartsWith("## Étapes", sheet.Text("body"), StringComparison.Ordinal);
        Assert.Contains("<h2", sheet.Text("html"), StringComparison.Ordinal);
        Assert.Equal(factory.Clock.GetUtcNow(), sheet["publishedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["convention territoriale globale"], sheet["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.False(sheet["deleted"]!.GetValue<bool>());

        await factory.DeliverOutboxAsync();
        var events = (await factory.OutboxAsync("knowledge")).Where(m => m.Payload.Contains(draft.Id().ToString(), StringComparison.Ordinal)).ToList();
        Assert.Contains(events, m => m.Name == "knowledge.method-sheet-published.v1");
    }

    [Fact]
    public async Task Editing_a_published_sheet_keeps_it_online_until_the_next_revision_is_published()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = factory.CreateClient();
        var (sheetId, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Animer un atelier de co-construction", "Première version"));
        var firstPublication = factory.Clock.GetUtcNow();

        factory.Clock.Advance(TimeSpan.FromDays(3));
        var edited = await (await coordinator.PutAsJsonAsync($"/api/method-sheets/{sheetId}",
            KnowledgeApi.SheetBody("Animer un atelier participatif", "Deuxième version"))).JsonAsync();
        Assert.Equal("draft", edited.Text("status"));
        Assert.True(edited["isOnline"]!.GetValue<bool>());
        Assert.Equal(slug, edited.Text("slug"));

        var online = await (await anonymous.GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync();
        Assert.Equal("Première version", online.Text("body"));
        Assert.Equal(1, online["revision"]!.GetValue<int>());

        await KnowledgeApi.ReviewAndPublishAsync(coordinator, sheetId);
        online = await (await anonymous.GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync();
        Assert.Equal("Deuxième version", online.Text("body"));
        Assert.Equal("Animer un atelier participatif", online.Text("title"));
        Assert.Equal(2, online["revision"]!.GetValue<int>());
        Assert.Equal(firstPublication, online["publishedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(factory.Clock.GetUtcNow(), online["updatedAt"]!.GetValue<DateTimeOffset>());

        var revisions = (await (await coordinator.GetAsync($"/api/method-sheets/{sheetId}/revisions")).JsonAsync()).AsArray();
        Assert.Equal([2, 1], revisions.Select(r => r!["revision"]!.GetValue<int>()));
        Assert.Equal("Première version", revisions[1]!.Text("body"));
        Assert.Equal(firstPublication, revisions[1]!["publishedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Slugs_are_unique_follow_drafts_and_never_change_once_published()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var first = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Fiche en double"));
        var second = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Fiche en DOUBLE !"));
        Assert.Equal("fiche-en-double", first.Text("slug"));
        Assert.Equal("fiche-en-double-2", second.Text("slug"));

        var renamed = await (await coordinator.PutAsJsonAsync($"/api/method-sheets/{second.Id()}", KnowledgeApi.SheetBody("Fiche renommée"))).JsonAsync();
        Assert.Equal("fiche-renommee", renamed.Text("slug"));
        var third = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Fiche en double"));
        Assert.Equal("fiche-en-double-2", third.Text("slug"));

        await KnowledgeApi.ReviewAndPublishAsync(coordinator, first.Id());
        var afterEdit = await (await coordinator.PutAsJsonAsync($"/api/method-sheets/{first.Id()}", KnowledgeApi.SheetBody("Un tout autre titre"))).JsonAsync();
        Assert.Equal("fiche-en-double", afterEdit.Text("slug"));
    }

    [Fact]
    public async Task Wrong_transitions_answer_409_with_the_reason_in_french()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var draft = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Transitions refusées"));
        var sheetId = draft.Id();

        var publishDraft = await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("soumise en relecture", publishDraft.Text("detail"), StringComparison.Ordinal);
        var archiveDraft = await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/archive", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("jamais publiée", archiveDraft.Text("detail"), StringComparison.Ordinal);

        await KnowledgeApi.ReviewAndPublishAsync(coordinator, sheetId);
        var again = await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("déjà publiée", again.Text("detail"), StringComparison.Ordinal);
        await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/submit", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/archive", null)).StatusCode);
        var edit = await (await coordinator.PutAsJsonAsync($"/api/method-sheets/{sheetId}", KnowledgeApi.SheetBody("Encore"))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("archivée", edit.Text("detail"), StringComparison.Ordinal);
        await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/archive", null)).ProblemAsync(HttpStatusCode.Conflict);

        var revisions = (await (await coordinator.GetAsync($"/api/method-sheets/{sheetId}/revisions")).JsonAsync()).AsArray();
        Assert.Single(revisions);
    }

    [Fact]
    public async Task An_archived_sheet_leaves_the_partner_api_and_raises_its_event()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = factory.CreateClient();
        var (sheetId, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche bientôt archivée"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/public/method-sheets/{slug}")).StatusCode);

        var archived = await (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/archive", null)).JsonAsync();
        Assert.Equal("archived", archived.Text("status"));
        Assert.False(archived["isOnline"]!.GetValue<bool>());
        var gone = await (await anonymous.GetAsync($"/api/public/method-sheets/{slug}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("retirée", gone.Text("detail"), StringComparison.Ordinal);
        var list = await (await anonymous.GetAsync("/api/public/method-sheets?pageSize=100")).JsonAsync();
        Assert.DoesNotContain(list["items"]!.AsArray(), i => i!.Text("slug") == slug);

        var events = (await factory.OutboxAsync("knowledge")).Where(m => m.Payload.Contains(sheetId.ToString(), StringComparison.Ordinal));
        Assert.Contains(events, m => m.Name == "knowledge.method-sheet-archived.v1");
    }
}
