using CapRural.Knowledge.Domain;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>
/// The full-text search seam of the partner API: what a published sheet stores for search, and
/// how a query matches it. PostgreSQL can bring its own (tsvector with unaccent) behind the same shape.
/// </summary>
internal interface ISheetSearch
{
    string IndexText(SheetRevision revision);

    IQueryable<PublicSheet> Matching(IQueryable<PublicSheet> sheets, string query);
}

/// <summary>
/// Portable search: an accent-folded, lower-case copy of the text, and every word of the query
/// must appear in it. Enough for a few thousand sheets; SQLite's LIKE needs no extension.
/// </summary>
internal sealed class FoldedTextSearch : ISheetSearch
{
    public string IndexText(SheetRevision revision) => TextFolding.Fold(string.Join(' ',
        [revision.Title, revision.Summary, revision.Body, .. revision.Themes, .. revision.Authors]));

    public IQueryable<PublicSheet> Matching(IQueryable<PublicSheet> sheets, string query)
    {
        foreach (var word in TextFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            // Folded words hold only [a-z0-9], so they carry no LIKE wildcard to escape.
            var pattern = "%" + word + "%";
            sheets = sheets.Where(s => EF.Functions.Like(s.SearchText, pattern));
        }

        return sheets;
    }
}
