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
