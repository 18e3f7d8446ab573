using System.Text;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>
/// The full-text search of the partner API: what a published sheet stores for search, how a query
/// is reduced to the words it looks for, and the in-memory index that finds them (ADR 0012: the
/// public list is answered from memory, the same way on every database).
/// </summary>
internal interface ISheetSearch
{
    string IndexText(SheetRevision revision);

    /// <summary>The words a sheet must all contain, distinct and in ordinal order, so equal queries give equal lists.</summary>
    IReadOnlyList<string> Words(string query);

    SheetWordIndex Index(IReadOnlyList<string> indexTexts);
}

/// <summary>
/// An accent-folded, lower-case copy of the text; every word of the query must appear in it, as a
/// part of a word ("ecol" finds "écoles").
/// </summary>
internal sealed class FoldedTextSearch : ISheetSearch
{
    public string IndexText(SheetRevision revision) => TextFolding.Fold(string.Join(' ',
        [revision.Title, revision.Summary, revision.Body, .. revision.Themes, .. revision.Authors]));

    public IReadOnlyList<string> Words(string query) =>
        [.. TextFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal)];

    public SheetWordIndex Index(IReadOnlyList<string> indexTexts) => SheetWordIndex.Build(indexTexts);
}

/// <summary>
/// Which sheets hold which folded words, as one bit per sheet. The distinct words of all sheets sit
/// in one space-separated text, so the words containing a query word are found by one vectorised
/// search instead of a scan of every sheet's text; a query word holds no space, so each occurrence
/// lies inside one word.
/// </summary>
internal sealed class SheetWordIndex
{
    private readonly string _vocabulary;
    private readonly int[] _starts;
    private readonly ulong[][] _sheets;

    private SheetWordIndex(string vocabulary, int[] starts, ulong[][] sheets)
    {
        _vocabulary = vocabulary;
        _starts = starts;
        _sheets = sheets;
    }

    public static SheetWordIndex Build(IReadOnlyList<string> texts)
    {
        var words = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var word in texts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!words.TryGetValue(word, out var sheets))
                {
                    words[word] = sheets = SheetBits.For(texts.Count);
                }

                SheetBits.Set(sheets, i);
            }
        }

        var vocabulary = new StringBuilder();
        var starts = new int[words.Count + 1];
        var bitsets = new ulong[words.Count][];
        var n = 0;
        foreach (var (word, sheets) in words)
        {
            starts[n] = vocabulary.Length;
            bitsets[n++] = sheets;
            vocabulary.Append(word).Append(' ');
        }

        starts[n] = vocabulary.Length;
        return new SheetWordIndex(vocabulary.ToString(), starts, bitsets);
    }

    /// <summary>Clears in <paramref name="sheets"/> every sheet that lacks one of <paramref name="words"/>.</summary>
    public void KeepContaining(IReadOnlyList<string> words, Span<ulong> sheets)
    {
        Span<ulong> any = new ulong[sheets.Length];
        foreach (var word in words)
        {
            any.Clear();
            for (var at = _vocabulary.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                var index = _starts.AsSpan().BinarySearch(at);
                var w = index >= 0 ? index : ~index - 1;
                SheetBits.Or(any, _sheets[w]);
                var next = _starts[w + 1];
                at = next < _vocabulary.Length ? _vocabulary.IndexOf(word, next, StringComparison.Ordinal) : -1;
            }

            SheetBits.And(sheets, any);
        }
    }
}
