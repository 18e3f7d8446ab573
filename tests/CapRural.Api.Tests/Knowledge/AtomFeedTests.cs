using System.Net;
using System.Xml.Linq;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class AtomFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_feed_is_atom_that_a_reader_parses_with_one_entry_per_published_sheet()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var (first, _) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Diagnostic partagé", "Un **diagnostic** & des élus", "mobilité"));
        _factory.Clock.Advance(TimeSpan.FromHours(2));
        var (archived, _) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche retirée"));
        await coordinator.PostAsync($"/api/method-sheets/{archived}/archive", null);
        await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Brouillon"));

        var response = await _factory.CreateClient().GetAsync("/api/public/method-sheets.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "id")?.Value));
        Assert.Equal("Cap Rural — fiches méthode", feed.Element(Atom + "title")?.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("Cap Rural", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        var updated = DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal($"urn:uuid:{first}", entry.Element(Atom + "id")?.Value);
        Assert.Equal("Diagnostic partagé", entry.Element(Atom + "title")?.Value);
        Assert.Equal(updated, DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("https://site.test/fiches-methode/diagnostic-partage", entry.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.Equal("CC BY-SA 4.0", entry.Element(Atom + "rights")?.Value);
        Assert.Equal(["mobilité"], entry.Elements(Atom + "category").Select(c => (string?)c.Attribute("term")));
        Assert.Equal(["Camille Martin", "CCAS de Thiers"], entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")?.Value));
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", (string?)content.Attribute("type"));
        Assert.Contains("<strong>diagnostic</strong> &amp; des", content.Value, StringComparison.Ordinal);

        var notModified = new HttpRequestMessage(HttpMethod.Get, "/api/public/method-sheets.atom");
        notModified.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _factory.CreateClient().SendAsync(notModified)).StatusCode);
    }

    [Fact]
    public async Task An_empty_feed_is_still_valid_atom()
    {
        var response = await _factory.CreateClient().GetAsync("/api/public/method-sheets.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.NotNull(feed.Element(Atom + "updated"));
    }
}
