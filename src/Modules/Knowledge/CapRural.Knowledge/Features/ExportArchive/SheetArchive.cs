using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CapRural.Knowledge.Domain;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Features.ExportArchive;

/// <summary>
/// Writes the archive. Entries carry the sheets' own dates, not the export time, so the same
/// content always gives the same bytes and the same ETag.
/// </summary>
internal static class SheetArchive
{
    private static readonly UTF8Encoding Utf8 = new(false);

    // Escapes markup only: accented letters stay readable in the UTF-8 file.
    private static readonly System.Text.Encodings.Web.HtmlEncoder TitleEncoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static byte[] Write(IReadOnlyList<(PublicSheet Sheet, IReadOnlyList<SheetRevision> Revisions)> sheets)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var latest = sheets.Count > 0 ? sheets.Max(s => s.Sheet.UpdatedAt) : new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Add(zip, "LISEZMOI.md", Readme(sheets.Count), latest);
            Add(zip, "index.json", JsonSerializer.Serialize(sheets.Select(s => Index(s.Sheet, s.Revisions)), PlatformJson.Options), latest);
            foreach (var (sheet, revisions) in sheets)
            {
                var folder = sheet.Slug + "/";
                Add(zip, folder + "fiche.md", Markdown(sheet.Slug, sheet.Revision, sheet.Title, sheet.Summary, sheet.Body,
                    sheet.Themes, sheet.Authors, sheet.Licence, sheet.UpdatedAt), sheet.UpdatedAt);
                Add(zip, folder + "fiche.html", HtmlDocument(sheet.Title, sheet.Html), sheet.UpdatedAt);
                Add(zip, folder + "LICENCE.txt", Licence(sheet), sheet.UpdatedAt);
                foreach (var revision in revisions)
                {
                    Add(zip, folder + string.Create(CultureInfo.InvariantCulture, $"revisions/{revision.Number}.md"),
                        Markdown(revision.Slug, revision.Number, revision.Title, revision.Summary, revision.Body,
                            revision.Themes, revision.Authors, revision.Licence, revision.PublishedAt), revision.PublishedAt);
                }
            }
        }

        return stream.ToArray();
    }

    private static object Index(PublicSheet sheet, IReadOnlyList<SheetRevision> revisions) => new
    {
        sheet.Slug,
        sheet.Title,
        sheet.Revision,
        sheet.Licence,
        sheet.Themes,
        sheet.Authors,
        sheet.PublishedAt,
        sheet.UpdatedAt,
        Revisions = revisions.Select(r => new { r.Number, r.PublishedAt }),
    };

    /// <summary>Markdown with a front matter whose values are JSON strings, which every YAML reader accepts.</summary>
    private static string Markdown(string slug, int revision, string title, string summary, string body,
        IReadOnlyList<string> themes, IReadOnlyList<string> authors, string licence, DateTimeOffset date)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("slug: ").Append(Quote(slug)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"revision: {revision}\n");
        text.Append("date: ").Append(Quote(date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))).Append('\n');
        text.Append("summary: ").Append(Quote(summary)).Append('\n');
        text.Append("themes: ").Append(JsonSerializer.Serialize(themes, PlatformJson.Options)).Append('\n');
        text.Append("authors: ").Append(JsonSerializer.Serialize(authors, PlatformJson.Options)).Append('\n');
        text.Append("licence: ").Append(Quote(licence)).Append('\n');
        text.Append("---\n\n");
        text.Append(body);
        return text.ToString();
    }

    /// <summary>A whole document declaring its charset, so a browser opening the file shows the accents right.</summary>
    private static string HtmlDocument(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + TitleEncoder.Encode(title) +
        "</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";

    private static string Licence(PublicSheet sheet)
    {
        var text = $"« {sheet.Title} » — Cap Rural\nAuteurs : {string.Join(", ", sheet.Authors)}\nLicence : {sheet.Licence}\n";
        return sheet.Licence == SheetRules.DefaultLicence
            ? text + "Texte de la licence : https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr\n"
            : text;
    }

    private static string Readme(int count) =>
        "# Fiches méthode de Cap Rural\n\n" +
        string.Create(CultureInfo.InvariantCulture, $"Cette archive contient les {count} fiches méthode publiées, ") +
        "chacune dans son dossier : `fiche.md` (Markdown et métadonnées), `fiche.html` (HTML assaini), `LICENCE.txt` " +
        "et l'historique de ses révisions publiées (`revisions/`). `index.json` les récapitule.\n\n" +
        "Vous pouvez la réhéberger telle quelle, en respectant la licence de chaque fiche et en citant ses auteurs.\n";

    private static string Quote(string value) => JsonSerializer.Serialize(value, PlatformJson.Options);

    private static void Add(ZipArchive zip, string path, string content, DateTimeOffset date)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = date;
        using var writer = new StreamWriter(entry.Open(), Utf8);
        writer.Write(content);
    }
}
