using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A partner site keeping a copy of the published sheets, by incremental sync.</summary>
public sealed class PartnerSyncTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>The partner's copy: slug → revision, and where its last sync stopped.</summary>
    private sealed class PartnerCopy
    {
        public Dictionary<string, int> Sheets { get; } = [];

        public string? Cursor { get; set; }

        public List<string> Received { get; } = [];

        public async Task SyncAsync(HttpClient client, int pageSize = 2)
        {
            while (true)
            {
                var query = Cursor is null ? $"updatedSince=2000-01-01T00:00:00Z&pageSize={pageSize}" : $"after={Uri.EscapeDataString(Cursor)}&pageSize={pageSize}";
                var page = await (await client.GetAsync($"/api/public/method-sheets?{query}")).JsonAsync();
                var items = page["items"]!.AsArray();
                foreach (var item in items)
                {
                    var slug = item!["slug"]!.GetValue<string>();
                    if (item["deleted"]!.GetValue<bool>())
                    {
                        Assert.Null(item["title"]);
                        Sheets.Remove(slug);
                        Received.Add($"{slug}:deleted");
                    }
                    else
                    {
                        Sheets[slug] = item["revision"]!.GetValue<int>();
                        Received.Add($"{slug}:{Sheets[slug]}");
                    }
                }

                Cursor = page["nextCursor"]?.GetValue<string>() ?? Cursor;
                if (items.Count < pageSize)
                {
                    return;
                }
            }
        }
    }

    private static async Task<Dictionary<string, int>> PublishedSetAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/public/method-sheets?pageSize=100")).JsonAsync();
        Assert.All(page["items"]!.AsArray(), i => Assert.False(i!["deleted"]!.GetValue<bool>()));
        return page["items"]!.AsArray().ToDictionary(i => i!["slug"]!.GetValue<string>(), i => i!["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_partner_that_syncs_before_and_after_changes_ends_with_exactly_the_published_set()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var partner = await _factory.ClientWithRoleAsync(Roles.Partner);
        var sheets = new List<Guid>();
        foreach (var title in new[] { "Fiche A", "Fiche B", "Fiche C" })
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            sheets.Add((await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody(title))).SheetId);
        }

        await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Brouillon jamais publié"));
        var copy = new PartnerCopy();
        await copy.SyncAsync(partner);
        Assert.Equal(await PublishedSetAsync(partner), copy.Sheets);
        Assert.Equal(3, copy.Sheets.Count);

        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/method-sheets/{sheets[1]}/archive", null)).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await coordinator.PutAsJsonAsync($"/api/method-sheets/{sheets[0]}", KnowledgeApi.SheetBody("Fiche A", "Version revue"));
        await KnowledgeApi.ReviewAndPublishAsync(coordinator, sheets[0]);
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche D"));
        await coordinator.PutAsJsonAsync($"/api/method-sheets/{sheets[2]}", KnowledgeApi.SheetBody("Fiche C", "Pas encore relue"));

        copy.Received.Clear();
        await copy.SyncAsync(partner);

        var published = await PublishedSetAsync(partner);
        Assert.Equal(published, copy.Sheets);
        Assert.Equal(new Dictionary<string, int> { ["fiche-a"] = 2, ["fiche-c"] = 1, ["fiche-d"] = 1 }, copy.Sheets);
        // Only what changed travels the second time.
        Assert.Equal(["fiche-b:deleted", "fiche-a:2", "fiche-d:1"], copy.Received);
    }

    [Fact]
    public async Task Updated_since_returns_changes_and_tombstones_from_that_moment_only()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = _factory.CreateClient();
        var (kept, _) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche gardée"));
        var (archived, archivedSlug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche archivée"));
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        var since = _factory.Clock.GetUtcNow();
        await coordinator.PostAsync($"/api/method-sheets/{archived}/archive", null);

        var changes = await (await anonymous.GetAsync($"/api/public/method-sheets?updatedSince={Uri.EscapeDataString(since.ToString("O"))}")).JsonAsync();
        var tombstone = Assert.Single(changes["items"]!.AsArray())!.AsObject();
        Assert.Equal(["slug", "updatedAt", "deleted"], tombstone.Select(p => p.Key));
        Assert.Equal(archivedSlug, tombstone["slug"]!.GetValue<string>());
        Assert.True(tombstone["deleted"]!.GetValue<bool>());
        Assert.Equal(since, tombstone["updatedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, changes["total"]!.GetValue<int>());
        Assert.NotEqual(Guid.Empty, kept);
    }

    [Fact]
    public async Task Paging_a_sync_with_the_cursor_misses_nothing_while_a_sheet_is_republished_midway()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = _factory.CreateClient();
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            ids.Add((await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody($"Fiche numéro {i}"))).SheetId);
        }

        var first = await (await anonymous.GetAsync("/api/public/method-sheets?updatedSince=2000-01-01T00:00:00Z&pageSize=2")).JsonAsync();
        var seen = first["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();
        Assert.Equal(["fiche-numero-1", "fiche-numero-2"], seen);

        // Sheet 1 moves to the end of the order: with page numbers, sheet 3 would slide onto page 1 and be missed.
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await coordinator.PutAsJsonAsync($"/api/method-sheets/{ids[0]}", KnowledgeApi.SheetBody("Fiche numéro 1", "Revue"));
        await KnowledgeApi.ReviewAndPublishAsync(coordinator, ids[0]);

        var cursor = first["nextCursor"]!.GetValue<string>();
        while (true)
        {
            var page = await (await anonymous.GetAsync($"/api/public/method-sheets?after={Uri.EscapeDataString(cursor)}&pageSize=2")).JsonAsync();
            var items = page["items"]!.AsArray();
            seen.AddRange(items.Select(i => $"{i!["slug"]!.GetValue<string>()}"));
            cursor = page["nextCursor"]!.GetValue<string>();
            if (items.Count < 2)
            {
                break;
            }
        }

        Assert.Equal(["fiche-numero-1", "fiche-numero-2", "fiche-numero-3", "fiche-numero-4", "fiche-numero-5", "fiche-numero-1"], seen);
    }

    [Fact]
    public async Task The_list_filters_by_theme_and_by_words_ignoring_accents_and_case()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = _factory.CreateClient();
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Cantines et circuits courts", "Travailler avec l'École du village.", "alimentation"));
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Transport à la demande", "Un service de navettes.", "Mobilite", "diagnostic"));
        await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Brouillon sur l'école", "école", "alimentation"));

        async Task<List<string>> Slugs(string query) =>
            (await (await anonymous.GetAsync($"/api/public/method-sheets?{query}")).JsonAsync())["items"]!.AsArray()
                .Select(i => i!["slug"]!.GetValue<string>()).ToList();

        Assert.Equal(["cantines-et-circuits-courts"], await Slugs("q=ecole"));
        Assert.Equal(["cantines-et-circuits-courts"], await Slugs("q=%C3%89COLE%20village"));
        Assert.Empty(await Slugs("q=ecole%20navettes"));
        Assert.Equal(["transport-a-la-demande"], await Slugs("theme=mobilit%C3%A9"));
        Assert.Equal(["transport-a-la-demande"], await Slugs("theme=Diagnostic"));
        Assert.Equal(["cantines-et-circuits-courts"], await Slugs("theme=alimentation"));
        Assert.Equal(["cantines-et-circuits-courts"], await Slugs("theme=alimentation&q=village&updatedSince=2000-01-01T00:00:00Z"));

        var sheet = await (await anonymous.GetAsync("/api/public/method-sheets/transport-a-la-demande")).JsonAsync();
        Assert.Equal(["mobilité", "diagnostic"], sheet["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        var page = await (await anonymous.GetAsync("/api/public/method-sheets?pageSize=1&page=2")).JsonAsync();
        Assert.Equal(2, page["total"]!.GetValue<int>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task A_partner_holding_the_current_etag_gets_304_until_something_is_published()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var partner = await _factory.ClientWithRoleAsync(Roles.Partner);
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche en cache"));

        var first = await partner.GetAsync("/api/public/method-sheets");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(_factory.Clock.GetUtcNow().ToString("R"), first.Content.Headers.LastModified?.ToString("R"));

        var again = await partner.SendAsync(Conditional("/api/public/method-sheets", etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);

        var one = await partner.GetAsync($"/api/public/method-sheets/{slug}");
        Assert.Equal(HttpStatusCode.NotModified, (await partner.SendAsync(Conditional($"/api/public/method-sheets/{slug}", one.Headers.ETag!))).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Nouvelle fiche"));
        var changed = await partner.SendAsync(Conditional("/api/public/method-sheets", etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(2, (await changed.JsonAsync())["total"]!.GetValue<int>());
    }

    private static HttpRequestMessage Conditional(string url, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }
}
