using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// Published sheets in sync order (updatedAt, then slug). With <see cref="UpdatedSince"/> or
/// <see cref="After"/> the answer is a change feed: tombstones of archived sheets come too.
/// </summary>
public sealed record ListPublicSheets(
    PageRequest Paging,
    string? Theme,
    string? Q,
    DateTimeOffset? UpdatedSince,
    string? After) : IQuery<PublicSheetPage>, IPagedQuery
{
    public bool IsSync => UpdatedSince is not null || After is not null;
}

/// <summary>
/// The usual page, plus <c>nextCursor</c>: the position after the last item, to pass as <c>after</c>
/// on the next call. Following it never misses nor repeats a change, even while sheets are published.
/// </summary>
public sealed record PublicSheetPage(IReadOnlyList<PublicSheetView> Items, int Page, int PageSize, int Total, string? NextCursor);

internal sealed class ListPublicSheetsValidator : PagedQueryValidator<ListPublicSheets>
{
    public ListPublicSheetsValidator()
    {
        RuleFor(q => q.Theme).MaximumLength(SheetRules.ThemeMax);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.After).Must(a => a is null || SyncCursor.TryParse(a, out _))
            .WithMessage(_ => Localized.Pick("Curseur invalide : reprenez la valeur `nextCursor` d'une réponse.",
                "Invalid cursor: use the `nextCursor` value of an answer."));
    }
}

internal sealed class ListPublicSheetsHandler(KnowledgeDbContext db, ISheetSearch search) : IQueryHandler<ListPublicSheets, PublicSheetPage>
{
    public async ValueTask<PublicSheetPage> Handle(ListPublicSheets query, CancellationToken cancellationToken)
    {
        var online = db.PublicSheets.AsNoTracking().Where(s => !s.Deleted);
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var key = SheetRules.ThemeKey(query.Theme);
            online = online.Where(s => s.ThemeKeys.Contains(key));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            online = search.Matching(online, query.Q);
        }

        // Tombstones ignore the filters: a partner deletes its copy if it has one.
        var sheets = query.IsSync ? online.Concat(db.PublicSheets.AsNoTracking().Where(s => s.Deleted)) : online;
        if (query.UpdatedSince is { } since)
        {
            var from = since.ToUniversalTime();
            sheets = sheets.Where(s => s.UpdatedAt >= from);
        }

        if (query.After is not null && SyncCursor.TryParse(query.After, out var cursor))
        {
            sheets = sheets.Where(s => s.UpdatedAt > cursor.UpdatedAt
                || (s.UpdatedAt == cursor.UpdatedAt && string.Compare(s.Slug, cursor.Slug) > 0));
        }

        var page = await sheets.OrderBy(s => s.UpdatedAt).ThenBy(s => s.Slug).ToPageAsync(query.Paging, cancellationToken);
        var last = page.Items.Count > 0 ? page.Items[^1] : null;
        var next = last is null ? query.After : SyncCursor.Format(last.UpdatedAt, last.Slug);
        return new PublicSheetPage([.. page.Items.Select(PublicSheetView.From)], page.Page, page.PageSize, page.Total, next);
    }
}
