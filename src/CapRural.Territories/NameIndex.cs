using System.Runtime.CompilerServices;

namespace CapRural.Territories;

/// <summary>
/// Word-prefix search over commune names. Each name is folded into words
/// (<see cref="NameFolding"/>); a query matches when its words are prefixes of
/// the name's words, in order. Matches rank by population, except that a name
/// equal to the query comes first: otherwise a small commune whose whole name
/// begins larger ones' names ("Nant" and "Nantes") could not be found.
/// </summary>
/// <remarks>
/// Distinct words are sorted, so the words starting with a prefix form one range
/// of word ids; names are stored as word ids, and "word starts with the query
/// word" becomes an integer range test. Flat arrays keep the index to a handful
/// of allocations.
/// </remarks>
internal sealed partial class NameIndex
{
    private const int IndexBits = 17;
    private const int MaxPopulation = int.MaxValue;

    private readonly CommuneTable _communes;
    private readonly string[] _words;         // distinct words, ordinal order; a word's id is its position
    private readonly int[] _nameStart;        // name i is _nameWords[_nameStart[i].._nameStart[i + 1]]
    private readonly int[] _nameWords;
    private readonly byte[] _leadingArticles; // "le", "la", "les", "l" opening the name
    private readonly int[] _postingStart;     // communes with word w: _postings[_postingStart[w].._postingStart[w + 1]]
    private readonly int[] _postings;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per process, see GazetteerReader.Parse
    public NameIndex(CommuneTable communes)
    {
        if (communes.Count >= 1 << IndexBits)
        {
            throw new ArgumentException("Too many communes for the ranking key.", nameof(communes));
        }

        _communes = communes;
        var ids = new Dictionary<string, int>(32_768, StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var texts = new List<string>(32_768);
        var nameWords = new List<int>(communes.Count * 3);
        _nameStart = new int[communes.Count + 1];
        var buffer = new char[256];
        for (var i = 0; i < communes.Count; i++)
        {
            var name = communes.Name(i);
            if (NameFolding.MaxFoldedLength(name.Length) > buffer.Length)
            {
                buffer = new char[NameFolding.MaxFoldedLength(name.Length)];
            }

            var folded = buffer.AsSpan(0, NameFolding.Fold(name, buffer));
            _nameStart[i] = nameWords.Count;
            foreach (var range in folded.Split(' '))
            {
                var word = folded[range];
                if (word.IsEmpty)
                {
                    continue; // a name of no letters at all
                }

                var expanded = NameFolding.Expansion(word);
                if (!lookup.TryGetValue(expanded is null ? word : expanded.AsSpan(), out var id))
                {
                    var text = expanded ?? new string(word);
                    id = texts.Count;
                    texts.Add(text);
                    ids.Add(text, id);
                }

                nameWords.Add(id);
            }
        }

        _nameStart[communes.Count] = nameWords.Count;

        // Renumber words in ordinal order.
        _words = [.. texts];
        var order = new int[_words.Length];
        for (var w = 0; w < order.Length; w++)
        {
            order[w] = w;
        }

        Array.Sort(_words, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (var w = 0; w < order.Length; w++)
        {
            rank[order[w]] = w;
        }

        _nameWords = [.. nameWords];
        for (var p = 0; p < _nameWords.Length; p++)
        {
            _nameWords[p] = rank[_nameWords[p]];
        }

        (_postingStart, _postings) = BuildPostings(_nameStart, _nameWords, _words.Length);
        _leadingArticles = CountLeadingArticles(_nameStart, _nameWords, _words);
    }

    public IReadOnlyList<Commune> Search(string? query, int limit, Func<Commune, bool>? filter = null)
    {
        if (string.IsNullOrWhiteSpace(query) || limit <= 0)
        {
            return [];
        }

        var tokens = NameFolding.Words(query).ConvertAll(Token);
        if (tokens.Count == 0)
        {
            return [];
        }

        // Seed from the query word naming the fewest communes; rank by one sortable key.
        var seed = tokens.MinBy(t => t.Postings(_postingStart));
        var keys = new List<long>(seed.Postings(_postingStart));
        seed.Text.ForEachPosting(this, tokens, keys);
        seed.Raw.ForEachPosting(this, tokens, keys);
        keys.Sort();

        var result = new List<Commune>(Math.Min(limit, keys.Count));
        var previous = -1L;
        foreach (var key in keys)
        {
            // A word met twice in a name gives the same key twice.
            if (key == previous)
            {
                continue;
            }

            previous = key;
            var commune = _communes[(int)(key & ((1 << IndexBits) - 1))];
            if (filter is not null && !filter(commune))
            {
                // Filtered before the limit: a department's small communes are not cut by larger ones elsewhere.
                continue;
            }

            result.Add(commune);
            if (result.Count == limit)
            {
                break;
            }
        }

        return result;
    }

    private QueryToken Token(string word)
    {
        var expanded = NameFolding.Expansion(word);
        return expanded is null
            ? new QueryToken(Range(word), WordRange.None)
            : new QueryToken(Range(expanded), Range(word));
    }

    /// <summary>Ids of the words starting with <paramref name="prefix"/>; the first is the prefix itself when it is a word.</summary>
    private WordRange Range(string prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < _words.Length && _words[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        var exact = start < end && _words[start].Length == prefix.Length ? start : -1;
        return new WordRange(start, end, exact);
    }

    private int LowerBound(string value)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[mid], value) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Sort key of a match (smaller ranks first), or -1 when the name does not match.</summary>
    private long RankKey(List<QueryToken> tokens, int index)
    {
        var start = _nameStart[index];
        var end = _nameStart[index + 1];
        var first = -1;
        var previous = start - 1;
        var consecutive = true;
        var whole = true;
        foreach (var token in tokens)
        {
            // Greedy leftmost match keeps the words in order and finds the
            // consecutive alignment whenever one exists.
            var position = previous + 1;
            while (position < end && !token.Matches(_nameWords[position]))
            {
                position++;
            }

            if (position == end)
            {
                return -1;
            }

            if (first < 0)
            {
                first = position;
            }
            else if (position != previous + 1)
            {
                consecutive = false;
            }

            whole &= token.IsWhole(_nameWords[position]);
            previous = position;
        }

        // A leading article ("Le Puy-en-Velay") may be left out of an exact query.
        var exact = whole && consecutive && first - start <= _leadingArticles[index] && previous == end - 1;
        var population = Math.Max(0, _communes.Population(index));
        return ((exact ? 0L : 1L) << (31 + IndexBits)) | ((long)(MaxPopulation - population) << IndexBits) | (uint)index;
    }

    private static (int[] Start, int[] Postings) BuildPostings(int[] nameStart, int[] nameWords, int wordCount)
    {
        var start = new int[wordCount + 1];
        foreach (var word in nameWords)
        {
            start[word + 1]++;
        }

        for (var w = 0; w < wordCount; w++)
        {
            start[w + 1] += start[w];
        }

        // Communes are visited in index order, so each posting list comes out sorted.
        var postings = new int[nameWords.Length];
        var next = start[..^1];
        for (var i = 0; i < nameStart.Length - 1; i++)
        {
            for (var p = nameStart[i]; p < nameStart[i + 1]; p++)
            {
                postings[next[nameWords[p]]++] = i;
            }
        }

        return (start, postings);
    }

    private static byte[] CountLeadingArticles(int[] nameStart, int[] nameWords, string[] words)
    {
        var articles = new byte[nameStart.Length - 1];
        for (var i = 0; i < articles.Length; i++)
        {
            var count = 0;
            // Never the last word: a name is not all article.
            for (var p = nameStart[i]; p < nameStart[i + 1] - 1 && words[nameWords[p]] is "le" or "la" or "les" or "l"; p++)
            {
                count++;
            }

            articles[i] = (byte)Math.Min(count, byte.MaxValue);
        }

        return articles;
    }
}
