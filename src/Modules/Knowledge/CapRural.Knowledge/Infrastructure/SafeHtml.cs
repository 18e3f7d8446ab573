using Ganss.Xss;
using Markdig;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>
/// Markdown to HTML that partners can embed as it is: Markdig renders, then HtmlSanitizer removes
/// scripts, event handlers and dangerous URLs, whatever the Markdown or raw HTML tried.
/// </summary>
internal static class SafeHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    public static string Render(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        // A new sanitizer per call: rendering happens only at publication, and its configuration is not shared state.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer.Sanitize(html);
    }
}
