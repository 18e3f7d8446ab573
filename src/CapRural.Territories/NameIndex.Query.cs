namespace CapRural.Territories;

/// <summary>Query words resolved to ranges of word ids.</summary>
internal sealed partial class NameIndex
{
    private readonly record struct WordRange(int Start, int End, int Exact)
    {
        public static readonly WordRange None = new(0, 0, -1);

        public bool Contains(int word) => word >= Start && word < End;

        public int Postings(int[] postingStart) => postingStart[End] - postingStart[Start];

        public void ForEachPosting(NameIndex index, List<QueryToken> tokens, List<long> keys)
        {
            for (var p = index._postingStart[Start]; p < index._postingStart[End]; p++)
            {
                var key = index.RankKey(tokens, index._postings[p]);
                if (key >= 0)
                {
                    keys.Add(key);
                }
            }
        }
    }

    /// <summary>A query word; "st" and the like stand for "saint" but may also begin a word ("Strasbourg").</summary>
    private readonly record struct QueryToken(WordRange Text, WordRange Raw)
    {
        public bool Matches(int word) => Text.Contains(word) || Raw.Contains(word);

        public bool IsWhole(int word) => word == Text.Exact || word == Raw.Exact;

        public int Postings(int[] postingStart) => Text.Postings(postingStart) + Raw.Postings(postingStart);
    }
}
