using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CapRural.Territories;

/// <summary>
/// Communes grouped by a key (department, EPCI or postal code). All groups share
/// one array, each exposed as a read-only view of its slice: a few large
/// allocations instead of a growing list per group, which keeps loading fast.
/// </summary>
internal sealed class CommuneGroups
{
    private readonly Dictionary<string, int> _slots;
    private readonly ReadOnlyCollection<Commune>[] _groups;

    private CommuneGroups(Dictionary<string, int> slots, ReadOnlyCollection<Commune>[] groups)
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

    public bool TryGet(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ReadOnlyCollection<Commune> communes)
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
    public static CommuneGroups Build(Commune[] communes, Key key)
    {
        // Pass 1: a slot per distinct key, and the slot of every (commune, key) pair.
        var slots = new Dictionary<string, int>(key == Key.Department ? 128 : 8_192, StringComparer.Ordinal);
        var counts = new List<int>();
        var pairSlots = new List<int>(communes.Length + (communes.Length / 8));
        foreach (var commune in communes)
        {
            switch (key)
            {
                case Key.Department:
                    Count(commune.DepartmentCode);
                    break;
                case Key.Epci when commune.EpciSiren is not null:
                    Count(commune.EpciSiren);
                    break;
                case Key.PostalCode:
                    foreach (var postalCode in commune.PostalCodes)
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

        var items = new Commune[pairSlots.Count];
        var next = starts[..^1];
        var pair = 0;
        foreach (var commune in communes)
        {
            var keys = key switch
            {
                Key.Department => 1,
                Key.Epci => commune.EpciSiren is null ? 0 : 1,
                _ => commune.PostalCodes.Count,
            };
            for (var k = 0; k < keys; k++)
            {
                items[next[pairSlots[pair++]]++] = commune;
            }
        }

        var groups = new ReadOnlyCollection<Commune>[counts.Count];
        for (var slot = 0; slot < groups.Length; slot++)
        {
            if (key == Key.PostalCode && counts[slot] > 1)
            {
                Array.Sort(items, starts[slot], counts[slot], MostPopulousFirst.Instance);
            }

            groups[slot] = new ReadOnlyCollection<Commune>(new ArraySegment<Commune>(items, starts[slot], counts[slot]));
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

    private sealed class MostPopulousFirst : IComparer<Commune>
    {
        public static readonly MostPopulousFirst Instance = new();

        public int Compare(Commune? x, Commune? y) =>
            x!.Population != y!.Population
                ? y.Population.CompareTo(x.Population)
                : string.CompareOrdinal(x.Code, y.Code);
    }
}
