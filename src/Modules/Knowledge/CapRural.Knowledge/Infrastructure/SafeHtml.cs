using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>
/// Markdown to HTML that partners can embed as it is: Markdig renders, then HtmlSanitizer keeps
/// only what a method sheet needs — text structure, tables, code, links — whatever the Markdown
/// or raw HTML tried. No scripts, no forms or inputs (a sheet never asks for data), no remote
/// images (a 1×1 picture tracks every reader of a partner's site or the Atom feed) unless their
/// host is explicitly allowed, and external links that cannot reach back into the page that
/// opened them (<c>rel="noopener noreferrer"</c>).
/// </summary>
internal static class SafeHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q",
        "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption", "span", "div",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
    ];

    private static readonly string[] Attributes =
    [
        "href", "title", "id", "src", "alt", "width", "height", "colspan", "rowspan", "align", "start", "type", "target", "rel",
    ];

    public static string Render(string markdown) => Render(markdown, []);

    /// <param name="imageHosts">Hosts whose images may be shown (https only); none by default.</param>
    public static string Render(string markdown, IReadOnlyCollection<string> imageHosts)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        // A new sanitizer per call: rendering happens only at publication, and its configuration is not shared state.
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["https", "http", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            if (element.LocalName == "img" && !IsAllowedImage(element.GetAttribute("src"), imageHosts))
            {
                element.Remove();
            }
            else if (element.LocalName == "a")
            {
                SecureLink(element);
            }
        };
        return sanitizer.Sanitize(html);
    }

    private static bool IsAllowedImage(string? source, IReadOnlyCollection<string> hosts) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    private static void SecureLink(IElement link)
    {
        var external = Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeMailto;
        if (external || link.HasAttribute("target"))
        {
            link.SetAttribute("rel", "noopener noreferrer");
        }
        else
        {
            link.RemoveAttribute("rel");
        }
    }
}
