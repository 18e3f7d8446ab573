using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features;

/// <summary>
/// A sheet as the coordinator sees it: the working copy, its status, and which revision is online.
/// </summary>
public sealed record SheetView(
    Guid SheetId,
    string Slug,
    SheetKind Kind,
    SheetStatus Status,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Authors,
    string Licence,
    Guid? SourceMeetingId,
    int PublishedRevision,
    bool IsOnline,
    DateTimeOffset CreatedAt,
    DateTimeOffset EditedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ArchivedAt)
{
    internal static SheetView From(MethodSheet sheet) => new(
        sheet.Id, sheet.Slug, sheet.Kind, sheet.Status, sheet.Title, sheet.Summary, sheet.Body, sheet.Themes, sheet.Authors,
        sheet.Licence, sheet.SourceMeetingId, sheet.PublishedRevision, sheet.IsOnline, sheet.CreatedAt, sheet.EditedAt,
        sheet.FirstPublishedAt, sheet.ArchivedAt);
}

internal static class SheetLookup
{
    public static async Task<MethodSheet> FindSheetAsync(this KnowledgeDbContext db, Guid sheetId, CancellationToken cancellationToken) =>
        await db.Sheets.FirstOrDefaultAsync(s => s.Id == sheetId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Fiche méthode introuvable.", "Method sheet not found."));

    /// <summary>The slug the title gives, with -2, -3… when another sheet holds it already.</summary>
    public static async Task<string> FreeSlugAsync(this KnowledgeDbContext db, string title, Guid? except, CancellationToken cancellationToken)
    {
        var wanted = TextFolding.Slug(title);
        var prefix = wanted + "-";
        var taken = await db.Sheets
            .Where(s => s.Id != except && (s.Slug == wanted || s.Slug.StartsWith(prefix)))
            .Select(s => s.Slug)
            .ToListAsync(cancellationToken);
        return TextFolding.FirstFree(wanted, taken.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Saves a change to a sheet. Two requests that raced on the same sheet or the same slug get a
    /// 409 for the second, never a 500 nor a lost update.
    /// </summary>
    public static async Task SaveSheetAsync(this KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation())
        {
            throw new ConflictException(Localized.Pick(
                "Une autre demande vient de modifier cette fiche ou de prendre ce titre ; rechargez la fiche puis recommencez.",
                "Another request just changed this sheet or took this title; reload the sheet and try again."));
        }
    }
}
