using System.Numerics;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>Sets of sheets as bits, one per sheet in the list's order: a filter is a few AND of 16 words per 1,000 sheets.</summary>
internal static class SheetBits
{
    public static ulong[] For(int sheets) => new ulong[(sheets + 63) / 64];

    public static void Set(ulong[] bits, int sheet) => bits[sheet / 64] |= 1UL << (sheet % 64);

    public static void Or(Span<ulong> into, ReadOnlySpan<ulong> bits)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] |= bits[i];
        }
    }

    public static void And(Span<ulong> into, ReadOnlySpan<ulong> bits)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] &= bits[i];
        }
    }

    /// <summary>Clears the sheets before <paramref name="first"/>.</summary>
    public static void ClearBefore(Span<ulong> bits, int first)
    {
        bits[..Math.Min(first / 64, bits.Length)].Clear();
        if (first / 64 < bits.Length && first % 64 != 0)
        {
            bits[first / 64] &= ulong.MaxValue << (first % 64);
        }
    }

    public static int Count(ReadOnlySpan<ulong> bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>The positions of the set bits after skipping <paramref name="skip"/> of them, at most <paramref name="take"/>.</summary>
    public static List<int> Positions(ReadOnlySpan<ulong> bits, int skip, int take)
    {
        var positions = new List<int>(Math.Min(take, 128));
        for (var w = 0; w < bits.Length && positions.Count < take; w++)
        {
            var word = bits[w];
            var ones = BitOperations.PopCount(word);
            if (skip >= ones)
            {
                skip -= ones;
                continue;
            }

            for (; word != 0 && positions.Count < take; word &= word - 1)
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                positions.Add((w * 64) + BitOperations.TrailingZeroCount(word));
            }
        }

        return positions;
    }
}
