using System.Text.Json;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Tests;

/// <summary>The public list answered from memory: the same sheets and the same bytes as the query it replaces.</summary>
public sealed class PublicListTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly FoldedTextSearch Search = new();

    private static PublicSheet Online(string title, string body, DateTimeOffset at, params string[] themes)
    {
        var sheet = MethodSheet.Create(new SheetContent(title, "Résumé « court ».", body, themes, ["Camille Martin"], SheetRules.DefaultLicence, null),
            TextFolding.Slug(title), at);
        sheet.Submit(at);
        var (revision, _) = sheet.Publish(at);
        var row = PublicSheet.For(sheet.Id);
        row.Show(revision, sheet.Kind, at, "<p>" + body + "</p>", Search.IndexText(revision));
        return row;
    }

    private static List<PublicSheet> Rows()
    {
        var archived = Online("Fiche retirée", "Plus en ligne.", Start, "habitat");
        archived.Withdraw(Start.AddMinutes(30));
        return
        [
            Online("Cantines et circuits courts", "Travailler avec l'École du village.", Start.AddMinutes(10), "alimentation"),
            Online("Transport à la demande", "Un service de navettes pour l'école.", Start.AddMinutes(20), "Mobilité"),
            // Same instant as the next one: the slug breaks the tie.
            Online("Bus des écoliers", "Navettes scolaires.", Start.AddMinutes(40), "mobilité", "jeunesse"),
            Online("Autopartage rural", "Des voitures partagées.", Start.AddMinutes(40), "mobilité"),
            archived,
        ];
    }

    private static PublicListKey Key(string? theme = null, string? q = null, DateTimeOffset? since = null, string? after = null, int page = 1, int size = 20) =>
        PublicListKey.Of(new ListPublicSheets(new PageRequest(page, size), theme, q, since, after), Search);

    private static JsonElement Render(PublicListKey key) =>
        JsonDocument.Parse(PublicListSnapshot.From(Rows(), Search).Render(key).Body).RootElement;

    private static List<string> Slugs(PublicListKey key) =>
        [.. Render(key).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];

    [Fact]
    public void A_page_has_exactly_the_bytes_the_serializer_writes_for_it()
    {
        var rows = Rows();
        var snapshot = PublicListSnapshot.From(rows, Search);
        var key = Key(theme: "mobilite", since: Start, page: 1, size: 2);
        var views = rows.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Where(r => r.Deleted || r.ThemeKeys.Contains("mobilite")).Select(PublicSheetView.From).ToList();
        var expected = new PublicSheetPage([.. views.Take(2)], 1, 2, views.Count, SyncCursor.Format(views[1].UpdatedAt, views[1].Slug));

        var page = snapshot.Render(key);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(expected, PlatformJson.Options), page.Body);
        Assert.Equal(views[1].UpdatedAt, page.LastModified);
    }

    [Fact]
    public void Filters_ignore_accents_case_and_word_order_and_match_parts_of_words()
    {
        Assert.Equal(["cantines-et-circuits-courts", "transport-a-la-demande"], Slugs(Key(q: "ECOLE")));
        Assert.Equal(["cantines-et-circuits-courts", "transport-a-la-demande", "bus-des-ecoliers"], Slugs(Key(q: "ecol")));
        Assert.Equal(["cantines-et-circuits-courts"], Slugs(Key(q: "village école")));
        Assert.Empty(Slugs(Key(q: "village navettes")));
        Assert.Equal(["transport-a-la-demande", "autopartage-rural", "bus-des-ecoliers"], Slugs(Key(theme: "MOBILITÉ")));
        Assert.Empty(Slugs(Key(theme: "culture")));
        Assert.Empty(Slugs(Key(theme: "!!")));
        Assert.Equal(4, Slugs(Key(q: "!!")).Count);
    }

    [Fact]
    public void A_sync_brings_tombstones_whatever_the_filters_from_its_instant_or_after_its_cursor()
    {
        Assert.Equal(["fiche-retiree", "autopartage-rural", "bus-des-ecoliers"], Slugs(Key(theme: "mobilite", since: Start.AddMinutes(30))));
        Assert.Equal(["bus-des-ecoliers"], Slugs(Key(since: Start.AddMinutes(30), after: SyncCursor.Format(Start.AddMinutes(40), "autopartage-rural"))));
        var page = Render(Key(since: Start.AddHours(1), after: "1.zz"));
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal("1.zz", page.GetProperty("nextCursor").GetString());
        Assert.Equal(JsonValueKind.Null, Render(Key(q: "absent")).GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public void Paging_counts_every_match_and_takes_the_asked_slice()
    {
        var page = Render(Key(page: 2, size: 3));
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(["bus-des-ecoliers"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Empty(Slugs(Key(page: PageRequest.MaxPage, size: PageRequest.MaxSize)));
    }

    [Fact]
    public void Equal_queries_share_one_key_and_different_ones_do_not()
    {
        Assert.Equal(Key(theme: "Mobilité", q: "rurale École école").Text, Key(theme: "mobilite", q: "ecole, RURALE").Text);
        Assert.Equal(Key(since: new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1))).Text, Key(since: Start).Text);
        var distinct = new[] { Key(), Key(theme: "!!"), Key(q: "a"), Key(theme: "a"), Key(since: Start), Key(after: "1.a"), Key(page: 2), Key(size: 3) };
        Assert.Equal(distinct.Length, distinct.Select(k => k.Text).Distinct().Count());
    }

    [Fact]
    public void A_flood_of_one_off_pages_does_not_push_out_the_pages_in_use()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var cache = new PublicListCache(services.GetRequiredService<IServiceScopeFactory>(), Search);
        var renders = 0;
        CachedPage Render() => new([(byte)++renders], null);

        cache.Page("popular", Render);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Page("one-off-" + i, Render);
            if (i % 100 == 0)
            {
                cache.Page("popular", Render);
            }
        }

        Assert.Equal(10_001, renders);
        Assert.Equal(1, cache.Page("popular", Render).Body[0]);
    }
}
