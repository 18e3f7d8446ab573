namespace CapRural.Knowledge.Domain;

/// <summary>One publication of a sheet, numbered from 1. Never changed once written.</summary>
internal sealed class SheetRevision
{
    private SheetRevision()
    {
    }

    public Guid SheetId { get; private set; }

    public int Number { get; private set; }

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    public List<string> Themes { get; private set; } = [];

    public List<string> Authors { get; private set; } = [];

    public string Licence { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public SheetContent Content => new(Title, Summary, Body, Themes, Authors, Licence, null);

    /// <summary>
    /// The one change a revision allows: an erased author's name goes, everywhere the sheet was ever
    /// published (GDPR erasure outranks the history's immutability).
    /// </summary>
    public bool ReplaceAuthor(string name, string replacement)
    {
        var replaced = AuthorNames.Replaced(Authors, name, replacement);
        Authors = replaced ?? Authors;
        return replaced is not null;
    }

    public static SheetRevision Freeze(Guid sheetId, int number, string slug, SheetContent content, DateTimeOffset now) => new()
    {
        SheetId = sheetId,
        Number = number,
        Slug = slug,
        Title = content.Title,
        Summary = content.Summary,
        Body = content.Body,
        Themes = [.. content.Themes],
        Authors = [.. content.Authors],
        Licence = content.Licence,
        PublishedAt = now,
    };
}
