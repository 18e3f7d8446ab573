using System.Collections;

namespace CapRural.Territories;

/// <summary>A read-only view of communes of a <see cref="CommuneTable"/>, by index.</summary>
internal sealed class CommuneList : IReadOnlyList<Commune>
{
    public static readonly CommuneList Empty = new(null!, [], 0, 0);

    private readonly CommuneTable _table;
    private readonly int[]? _indices; // null: the table's own order
    private readonly int _start;

    public CommuneList(CommuneTable table, int[]? indices, int start, int count)
    {
        _table = table;
        _indices = indices;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Commune this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var position = _start + index;
            return _table[_indices is null ? position : _indices[position]];
        }
    }

    public IEnumerator<Commune> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
