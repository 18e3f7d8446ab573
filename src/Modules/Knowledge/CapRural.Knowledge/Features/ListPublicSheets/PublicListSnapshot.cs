using System.Buffers;
using System.Text.Json;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// Every row partners can read, as one immutable value of one version of the list (ADR 0012): the
/// rows in sync order, each already written as JSON, and the sets of sheets per theme and per word.
/// A page is a few AND of bits, a binary search for <c>updatedSince</c> or the cursor, and the
/// copy of 20 items' bytes; nothing is queried nor serialised again until the version changes.
/// </summary>
internal sealed class PublicListSnapshot
{
    private static readonly JsonEncodedText ItemsName = Name(nameof(PublicSheetPage.Items));
    private static readonly JsonEncodedText PageName = Name(nameof(PublicSheetPage.Page));
    private static readonly JsonEncodedText PageSizeName = Name(nameof(PublicSheetPage.PageSize));
    private static readonly JsonEncodedText TotalName = Name(nameof(PublicSheetPage.Total));
    private static readonly JsonEncodedText NextCursorName = Name(nameof(PublicSheetPage.NextCursor));

    private readonly Entry[] _entries;
    private readonly ulong[] _online;
    private readonly ulong[] _tombstones;
    private readonly Dictionary<string, ulong[]> _themes;
    private readonly SheetWordIndex _words;

    private PublicListSnapshot(long version, Entry[] entries, ulong[] online, ulong[] tombstones, Dictionary<string, ulong[]> themes, SheetWordIndex words)
    {
        Version = version;
        _entries = entries;
        _online = online;
        _tombstones = tombstones;
        _themes = themes;
        _words = words;
    }

    /// <summary>The <see cref="PublicListVersion"/> of the rows it was built from.</summary>
    public long Version { get; }

    public static PublicListSnapshot From(IEnumerable<PublicSheet> rows, ISheetSearch search)
    {
        var sorted = rows.OrderBy(r => r.UpdatedAt.UtcTicks).ThenBy(r => r.Slug, StringComparer.Ordinal).ToArray();
        var online = SheetBits.For(sorted.Length);
        var tombstones = SheetBits.For(sorted.Length);
        var themes = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            SheetBits.Set(sorted[i].Deleted ? tombstones : online, i);
            foreach (var theme in sorted[i].ThemeKeys)
            {
                if (!themes.TryGetValue(theme, out var sheets))
                {
                    themes[theme] = sheets = SheetBits.For(sorted.Length);
                }

                SheetBits.Set(sheets, i);
            }
        }

        var entries = sorted.Select(r => new Entry(r.UpdatedAt, r.Slug, JsonSerializer.SerializeToUtf8Bytes(PublicSheetView.From(r), PlatformJson.Options))).ToArray();
        var version = PublicListVersion.Of(sorted.Sum(r => (long)r.Revision), sorted.Count(r => r.Deleted), sorted.Sum(r => (long)r.Amendments));
        return new PublicListSnapshot(version, entries, online, tombstones, themes, search.Index([.. sorted.Select(r => r.SearchText)]));
    }

    /// <summary>The page's bytes: exactly what <see cref="JsonSerializer"/> writes for the <see cref="PublicSheetPage"/>.</summary>
    public CachedPage Render(PublicListKey key)
    {
        var sheets = Filter(key);
        var total = SheetBits.Count(sheets);
        var page = SheetBits.Positions(sheets, new PageRequest(key.Page, key.PageSize).Skip, key.PageSize);
        var last = page.Count > 0 ? _entries[page[^1]] : null;
        var next = last is not null ? SyncCursor.Format(last.UpdatedAt, last.Slug)
            : key.After is { } after ? SyncCursor.Format(after.UpdatedAt, after.Slug) : null;

        var buffer = new ArrayBufferWriter<byte>(256 + page.Sum(p => _entries[p].Json.Length + 1));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PlatformJson.Options.Encoder, SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(ItemsName);
            foreach (var position in page)
            {
                writer.WriteRawValue(_entries[position].Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteNumber(PageName, key.Page);
            writer.WriteNumber(PageSizeName, key.PageSize);
            writer.WriteNumber(TotalName, total);
            if (next is null)
            {
                writer.WriteNull(NextCursorName);
            }
            else
            {
                writer.WriteString(NextCursorName, next);
            }

            writer.WriteEndObject();
        }

        // Items are in sync order: the last one is the latest.
        return new CachedPage(buffer.WrittenSpan.ToArray(), last?.UpdatedAt);
    }

    private ulong[] Filter(PublicListKey key)
    {
        var sheets = (ulong[])_online.Clone();
        if (key.ThemeKey is { } theme)
        {
            if (_themes.TryGetValue(theme, out var withTheme))
            {
                SheetBits.And(sheets, withTheme);
            }
            else
            {
                Array.Clear(sheets);
            }
        }

        if (key.Words.Count > 0)
        {
            _words.KeepContaining(key.Words, sheets);
        }

        // Tombstones ignore the filters: a partner deletes its copy if it has one.
        if (key.IsSync)
        {
            SheetBits.Or(sheets, _tombstones);
        }

        var first = 0;
        if (key.SinceTicks is { } since)
        {
            first = FirstWhere(e => e.UpdatedAt.UtcTicks >= since);
        }

        if (key.After is { } after)
        {
            first = Math.Max(first, FirstWhere(e => e.UpdatedAt.UtcTicks > after.UpdatedAt.UtcTicks
                || (e.UpdatedAt.UtcTicks == after.UpdatedAt.UtcTicks && string.CompareOrdinal(e.Slug, after.Slug) > 0)));
        }

        SheetBits.ClearBefore(sheets, first);
        return sheets;
    }

    /// <summary>The first entry that satisfies <paramref name="isAtOrAfter"/>, false for all before it and true for all after.</summary>
    private int FirstWhere(Func<Entry, bool> isAtOrAfter)
    {
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (isAtOrAfter(_entries[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static JsonEncodedText Name(string property) =>
        JsonEncodedText.Encode(PlatformJson.Options.PropertyNamingPolicy!.ConvertName(property));

    private sealed record Entry(DateTimeOffset UpdatedAt, string Slug, byte[] Json);
}

internal sealed record CachedPage(byte[] Body, DateTimeOffset? LastModified);
