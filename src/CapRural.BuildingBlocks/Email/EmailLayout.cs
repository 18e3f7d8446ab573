using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace CapRural.BuildingBlocks.Email;

/// <summary>
/// The one layout and signature of every e-mail. Modules write plain French text; the HTML
/// version is made from it here, so both always say the same thing: paragraphs at blank lines,
/// links made clickable, nothing a screen reader would stumble on (no layout tables, no images).
/// </summary>
internal static partial class EmailLayout
{
    public const string SignatureName = "L'équipe de Cap Rural";
    public const string SignatureLine = "Centre de ressources régional pour le développement rural en Auvergne-Rhône-Alpes";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string body) => body.TrimEnd() + "\n\n" + SignatureName + "\n" + SignatureLine + "\n";

    public static string Html(string subject, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n")
            .Append("<div role=\"article\" aria-label=\"").Append(Encoder.Encode(subject)).Append("\" style=\"max-width:40em\">\n");
        foreach (var paragraph in Paragraphs().Split(body.ReplaceLineEndings("\n").Trim()))
        {
            html.Append("<p>").Append(string.Join("<br>\n", paragraph.Split('\n').Select(Line))).Append("</p>\n");
        }

        html.Append("<p style=\"color:#4a4a4a\">").Append(Encoder.Encode(SignatureName)).Append("<br>\n")
            .Append(Encoder.Encode(SignatureLine)).Append("</p>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Line(string line)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match link in Link().Matches(line))
        {
            result.Append(Encoder.Encode(line[last..link.Index]));
            var href = WebUtility.HtmlEncode(link.Value);
            result.Append("<a href=\"").Append(href).Append("\" style=\"color:#0b5394\">").Append(href).Append("</a>");
            last = link.Index + link.Length;
        }

        return result.Append(Encoder.Encode(line[last..])).ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)»]")]
    private static partial Regex Link();
}
