namespace CapRural.Knowledge.Domain;

/// <summary>
/// What partners read: the revision online, or a tombstone once archived. One row per sheet ever
/// published, so an incremental sync sees both kinds of change in one ordered list.
/// </summary>
internal sealed class PublicSheet
{
    private PublicSheet()
    {
    }

    public Guid SheetId { get; private set; }

    public string Slug { get; private set; } = "";

    public int Revision { get; private set; }

    public string Title { get; private set; } = "";

    public SheetKind Kind { get; private set; }

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>Rendered and sanitised once, at publication.</summary>
    public string Html { get; private set; } = "";

    public List<string> Themes { get; private set; } = [];

    /// <summary>Folded themes, for the theme filter ("mobilite" finds "mobilité").</summary>
    public List<string> ThemeKeys { get; private set; } = [];

    public List<string> Authors { get; private set; } = [];

    public string Licence { get; private set; } = "";

    /// <summary>Written by the search seam; what it holds depends on the database.</summary>
    public string SearchText { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Last publication or archiving: the sync order is (UpdatedAt, SheetId).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Deleted { get; private set; }

    /// <summary>Changes made in place (an erased author's name), counted so the list's version and ETag change.</summary>
    public int Amendments { get; private set; }

    public static PublicSheet For(Guid sheetId) => new() { SheetId = sheetId };

    public void Show(SheetRevision revision, SheetKind kind, DateTimeOffset firstPublishedAt, string html, string searchText)
    {
        Kind = kind;
        Slug = revision.Slug;
        Revision = revision.Number;
        Title = revision.Title;
        Summary = revision.Summary;
        Body = revision.Body;
        Html = html;
        Themes = [.. revision.Themes];
        ThemeKeys = [.. revision.Themes.Select(SheetRules.ThemeKey)];
        Authors = [.. revision.Authors];
        Licence = revision.Licence;
        SearchText = searchText;
        PublishedAt = firstPublishedAt;
        UpdatedAt = revision.PublishedAt;
        Deleted = false;
    }

    /// <summary>
    /// Erasure: the online copy no longer names the person. <see cref="UpdatedAt"/> moves so partners who
    /// sync incrementally fetch the corrected sheet.
    /// </summary>
    public bool ReplaceAuthor(string name, string replacement, Func<string> searchText, DateTimeOffset now)
    {
        var replaced = AuthorNames.Replaced(Authors, name, replacement);
        if (replaced is null)
        {
            return false;
        }

        Authors = replaced;
        SearchText = searchText();
        Amendments++;
        UpdatedAt = now > UpdatedAt ? now : UpdatedAt;
        return true;
    }

    /// <summary>Keeps only what a tombstone says: the slug and when it went offline.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        Title = "";
        Summary = "";
        Body = "";
        Html = "";
        Themes = [];
        ThemeKeys = [];
        Authors = [];
        SearchText = "";
        UpdatedAt = now;
        Deleted = true;
    }
}
