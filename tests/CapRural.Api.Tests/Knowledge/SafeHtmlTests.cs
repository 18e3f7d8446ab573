using System.Net.Http.Json;
using System.Xml.Linq;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class SafeHtmlTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Attack =
        "# Fiche piégée\n\n" +
        "<script>alert('vol de session')</script>\n\n" +
        "<img src=\"https://example.org/x.png\" onerror=\"alert('x')\">\n\n" +
        "[un lien](javascript:alert('x'))\n\n" +
        "<a href=\"JaVaScRiPt:alert('x')\" onclick=\"alert('x')\">autre lien</a>\n\n" +
        "[lien sûr](https://www.caprural.org)";

    [Fact]
    public async Task Script_event_handler_and_javascript_links_never_reach_partners_html()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche piégée", Attack));

        var sheet = await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync();
        var html = sheet.Text("html");
        AssertHarmless(html);
        Assert.Contains("href=\"https://www.caprural.org\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        // The Markdown is given back as written: partners who render it themselves must sanitise too.
        Assert.Equal(Attack, sheet.Text("body"));

        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/api/public/method-sheets.atom"));
        foreach (var content in feed.Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")))
        {
            AssertHarmless(content.Value);
        }
    }

    private static void AssertHarmless(string html)
    {
        var upper = html.ToUpperInvariant();
        Assert.DoesNotContain("<SCRIPT", upper, StringComparison.Ordinal);
        Assert.DoesNotContain("ONERROR", upper, StringComparison.Ordinal);
        Assert.DoesNotContain("ONCLICK", upper, StringComparison.Ordinal);
        Assert.DoesNotContain("JAVASCRIPT:", upper, StringComparison.Ordinal);
    }
}
