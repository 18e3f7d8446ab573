using CapRural.Knowledge.Infrastructure;

namespace CapRural.Knowledge.Tests;

public sealed class SafeHtmlTests
{
    [Fact]
    public void Markdown_becomes_html_with_headings_lists_and_links()
    {
        var html = SafeHtml.Render("## Étapes\n\n1. Réunir\n\n[Cap Rural](https://www.caprural.org)");
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<li>Réunir</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.caprural.org\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>Texte")]
    [InlineData("<img src=\"x.png\" onerror=\"alert('x')\">")]
    [InlineData("[cliquez](javascript:alert('x'))")]
    [InlineData("<a href=\"javascript:alert('x')\">lien</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div style=\"background:url(javascript:alert('x'))\" onclick=\"alert('x')\">x</div>")]
    public void Injections_leave_no_script_handler_or_javascript_url(string markdown)
    {
        var html = SafeHtml.Render(markdown).ToUpperInvariant();
        Assert.DoesNotContain("<SCRIPT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ONERROR", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ONCLICK", html, StringComparison.Ordinal);
        Assert.DoesNotContain("JAVASCRIPT:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<IFRAME", html, StringComparison.Ordinal);
    }
}

public sealed class SafeHtmlAllowListTests
{
    [Fact]
    public void Forms_inputs_and_buttons_never_survive()
    {
        var html = SafeHtml.Render("<form action=\"https://evil.test\"><input name=\"iban\"><button>Envoyer</button><select><option>a</option></select><textarea></textarea></form>Texte")
            .ToUpperInvariant();
        foreach (var tag in new[] { "<FORM", "<INPUT", "<BUTTON", "<SELECT", "<TEXTAREA", "<OPTION" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.Ordinal);
        }

        Assert.Contains("TEXTE", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_images_are_dropped_unless_their_host_is_allowed()
    {
        const string markdown = "![pixel](https://tracker.test/p.gif)\n\n![schéma](https://images.caprural.org/s.png)\n\n<img src=\"http://images.caprural.org/t.png\">";
        Assert.DoesNotContain("<img", SafeHtml.Render(markdown), StringComparison.Ordinal);

        var allowed = SafeHtml.Render(markdown, ["images.caprural.org"]);
        Assert.Contains("src=\"https://images.caprural.org/s.png\"", allowed, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.test", allowed, StringComparison.Ordinal);
        Assert.DoesNotContain("http://images", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_and_new_windows_cannot_reach_back_into_the_page()
    {
        var html = SafeHtml.Render("[site](https://partenaire.test)\n\n<a href=\"#etapes\" target=\"_blank\" rel=\"opener\">ici</a>\n\n[ancre](#etapes)");
        Assert.Contains("<a href=\"https://partenaire.test\" rel=\"noopener noreferrer\">", html, StringComparison.Ordinal);
        Assert.Contains("target=\"_blank\" rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#etapes\">ancre</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"opener\"", html, StringComparison.Ordinal);
    }
}
