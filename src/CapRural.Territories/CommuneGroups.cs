using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CapRural.Territories;

/// <summary>
/// Communes grouped by a key (department, EPCI or postal code). All groups share
/// one array of rows, each exposed as a read-only view of its slice: a few large
/// allocations instead of a growing list per group, which keeps loading fast.
/// </summary>
internal sealed class CommuneGroups
{
    private readonly Dictionary<string, int> _slots;
    private readonly CommuneList[] _groups;

    private CommuneGroups(Dictionary<string, int> slots, CommuneList[] groups)
    {
        _slots = slots;
        _groups = groups;
    }

    public enum Key
    {
        Department,
        Epci,
        PostalCode,
    }

    public bool TryGet(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CommuneList communes)
    {
        if (_slots.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var slot))
        {
            communes = _groups[slot];
            return true;
        }

        communes = null;
        return false;
    }

    /// <summary>Groups keep the communes' order (code order), except postal codes: most populous first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per load, see GazetteerReader.Parse
    public static CommuneGroups Build(CommuneTable table, Key key)
    {
        // Pass 1: a slot per distinct key, and the slot of every (commune, key) pair.
        var slots = new Dictionary<string, int>(key == Key.Department ? 128 : 8_192, StringComparer.Ordinal);
        var counts = new List<int>();
        var pairSlots = new List<int>(table.Count + (table.Count / 8));
        for (var i = 0; i < table.Count; i++)
        {
            switch (key)
            {
                case Key.Department:
                    Count(table.DepartmentCode(i));
                    break;
                case Key.Epci when table.EpciSiren(i) is { } siren:
                    Count(siren);
                    break;
                case Key.PostalCode:
                    foreach (var postalCode in table.PostalCodes(i))
                    {
                        Count(postalCode);
                    }

                    break;
            }
        }

        // Pass 2: a counting sort into one array, stable so code order holds.
        var starts = new int[counts.Count + 1];
        for (var slot = 0; slot < counts.Count; slot++)
        {
            starts[slot + 1] = starts[slot] + counts[slot];
        }

        var items = new int[pairSlots.Count];
        var next = starts[..^1];
        var pair = 0;
        for (var i = 0; i < table.Count; i++)
        {
            var keys = key switch
            {
                Key.Department => 1,
                Key.Epci => table.EpciSiren(i) is null ? 0 : 1,
                _ => table.PostalCodes(i).Count,
            };
            for (var k = 0; k < keys; k++)
            {
                items[next[pairSlots[pair++]]++] = i;
            }
        }

        var groups = new CommuneList[counts.Count];
        var mostPopulousFirst = new MostPopulousFirst(table);
        for (var slot = 0; slot < groups.Length; slot++)
        {
            if (key == Key.PostalCode && counts[slot] > 1)
            {
                Array.Sort(items, starts[slot], counts[slot], mostPopulousFirst);
            }

            groups[slot] = new CommuneList(table, items, starts[slot], counts[slot]);
        }

        return new CommuneGroups(slots, groups);

        void Count(string value)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, value, out var exists);
            if (!exists)
            {
                slot = counts.Count;
                counts.Add(0);
            }

            counts[slot]++;
            pairSlots.Add(slot);
        }
    }

    /// <summary>Rows ordered by population, descending; equal populations keep code (row) order.</summary>
    private sealed class MostPopulousFirst(CommuneTable table) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byPopulation = table.Population(y).CompareTo(table.Population(x));
            return byPopulation != 0 ? byPopulation : x.CompareTo(y);
        }
    }
}
