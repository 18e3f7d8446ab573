using System.Globalization;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// A validated query reduced to what decides its answer: the theme's key, the search words (folded,
/// distinct, sorted), instants as UTC ticks, the cursor re-written. Two requests with the same
/// <see cref="Text"/> get the same bytes, so the page cache and the ETag use it, never the raw query
/// string: parameters the list does not know, their order and their spelling change nothing.
/// </summary>
internal sealed record PublicListKey(
    int Page, int PageSize, string? ThemeKey, IReadOnlyList<string> Words, long? SinceTicks, SyncCursor? After)
{
    public bool IsSync => SinceTicks is not null || After is not null;

    /// <summary>"-" stands for an absent value: it is neither a folded theme nor a cursor, so no two keys collide.</summary>
    public string Text { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Page}|{PageSize}|{ThemeKey ?? "-"}|{string.Join(' ', Words)}|{SinceTicks?.ToString(CultureInfo.InvariantCulture) ?? "-"}|{(After is { } after ? SyncCursor.Format(after.UpdatedAt, after.Slug) : "-")}");

    public static PublicListKey Of(ListPublicSheets query, ISheetSearch search) => new(
        query.Paging.Page,
        query.Paging.PageSize,
        string.IsNullOrWhiteSpace(query.Theme) ? null : SheetRules.ThemeKey(query.Theme),
        string.IsNullOrWhiteSpace(query.Q) ? [] : search.Words(query.Q),
        query.UpdatedSince?.UtcTicks,
        query.After is not null && SyncCursor.TryParse(query.After, out var cursor) ? cursor : null);
}
