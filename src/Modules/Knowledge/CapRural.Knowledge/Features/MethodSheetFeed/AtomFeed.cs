using System.Globalization;
using System.Text;
using System.Xml;

namespace CapRural.Knowledge.Features.MethodSheetFeed;

/// <summary>
/// Atom 1.0 (RFC 4287) written by hand: System.ServiceModel.Syndication is not part of the shared
/// framework, and the format is small enough not to justify a package.
/// </summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    // A feed id must never change (RFC 4287 §4.2.6), whatever host serves it.
    private const string FeedId = "urn:uuid:6f0c2f1e-8a4b-4c53-9d0e-2b7c1a5e4f10";

    public static byte[] Write(IReadOnlyList<FeedEntry> entries, string selfUrl, string websiteBaseUrl, DateTimeOffset now)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "fr");
            xml.WriteElementString("id", Atom, FeedId);
            xml.WriteElementString("title", Atom, "Cap Rural — fiches méthode");
            xml.WriteElementString("subtitle", Atom, "Les méthodes produites par les groupes de travail de Cap Rural.");
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : now));
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", websiteBaseUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Cap Rural");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                WriteEntry(xml, entry, websiteBaseUrl);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry, string websiteBaseUrl)
    {
        xml.WriteStartElement("entry", Atom);
        // The sheet's id, not the revision's: a reader shows a new revision as an update of the same entry.
        xml.WriteElementString("id", Atom, $"urn:uuid:{entry.SheetId}");
        xml.WriteElementString("title", Atom, entry.Title);
        xml.WriteElementString("published", Atom, Timestamp(entry.PublishedAt));
        xml.WriteElementString("updated", Atom, Timestamp(entry.UpdatedAt));
        Link(xml, "alternate", $"{websiteBaseUrl.TrimEnd('/')}/fiches-methode/{entry.Slug}", "text/html");
        foreach (var author in entry.Authors)
        {
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, author);
            xml.WriteEndElement();
        }

        foreach (var theme in entry.Themes)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", theme);
            xml.WriteEndElement();
        }

        xml.WriteElementString("rights", Atom, entry.Licence);
        if (entry.Summary.Length > 0)
        {
            xml.WriteElementString("summary", Atom, entry.Summary);
        }

        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(entry.Html);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
