using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;

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
    string? After) : IQuery<PublicListAnswer>, IPagedQuery;

/// <summary>
/// The usual page, plus <c>nextCursor</c>: the position after the last item, to pass as <c>after</c>
/// on the next call. Following it never misses nor repeats a change, even while sheets are published.
/// The shape the OpenAPI document describes; <see cref="PublicListSnapshot.Render"/> writes its bytes.
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

/// <summary>
/// The list's ETag, known before the page is written, and the page itself, written only when the
/// caller does not hold it yet and no other caller asked for it lately.
/// </summary>
public sealed class PublicListAnswer
{
    private readonly Func<CachedPage> _page;

    internal PublicListAnswer(PublicListKey key, string etag, Func<CachedPage> page)
    {
        Key = key;
        ETag = etag;
        _page = page;
    }

    public string ETag { get; }

    internal PublicListKey Key { get; }

    internal CachedPage Page() => _page();
}

/// <summary>Answered from memory: see <see cref="PublicListSnapshot"/> and ADR 0012.</summary>
internal sealed class ListPublicSheetsHandler(PublicListCache cache, ISheetSearch search) : IQueryHandler<ListPublicSheets, PublicListAnswer>
{
    public ValueTask<PublicListAnswer> Handle(ListPublicSheets query, CancellationToken cancellationToken) =>
        cache.AnswerAsync(PublicListKey.Of(query, search), cancellationToken);
}
