using System.Diagnostics.CodeAnalysis;

namespace CapRural.Territories;

/// <summary>
/// French administrative reference data: current communes with their postal
/// codes, department, region, EPCI, population and location, plus departments,
/// regions and EPCI. Immutable once loaded, so one instance is shared freely.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CommuneTable _table;
    private readonly Dictionary<string, int> _byCode; // current and old codes -> row of _table
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Epci> _epcis;
    private readonly CommuneGroups _byPostalCode;
    private readonly CommuneGroups _byDepartment;
    private readonly CommuneGroups _byEpci;
    private readonly Lazy<NameIndex> _names;
    private readonly Lazy<UnitVectors> _vectors;

    internal Gazetteer(Region[] regions, Department[] departments, Epci[] epcis, CommuneTable table, Dictionary<string, int> byCode)
    {
        _table = table;
        _byCode = byCode;
        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _departments = departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _epcis = epcis.ToDictionary(e => e.Siren, StringComparer.Ordinal);
        Regions = Array.AsReadOnly(regions);
        Departments = Array.AsReadOnly(departments);
        Epcis = Array.AsReadOnly(epcis);
        Communes = new CommuneList(table, null, 0, table.Count);
        _byDepartment = CommuneGroups.Build(table, CommuneGroups.Key.Department);
        _byEpci = CommuneGroups.Build(table, CommuneGroups.Key.Epci);
        _byPostalCode = CommuneGroups.Build(table, CommuneGroups.Key.PostalCode);
        _names = new Lazy<NameIndex>(() => new NameIndex(_table), LazyThreadSafetyMode.ExecutionAndPublication);
        _vectors = new Lazy<UnitVectors>(() => UnitVectors.From(_table), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The shared instance, read from the embedded data on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    public int CommuneCount => _table.Count;

    /// <summary>Current communes ordered by INSEE code.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    public IReadOnlyList<Department> Departments { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Epci> Epcis { get; }

    /// <summary>Unit vectors of every commune's location, in <see cref="Communes"/> order, for batch distances.</summary>
    public UnitVectors CommuneVectors => _vectors.Value;

    /// <summary>Reads a new instance from the embedded data; prefer <see cref="Default"/>.</summary>
    public static Gazetteer Load() => GazetteerReader.LoadEmbedded();

    /// <summary>
    /// Finds a current commune by its INSEE code, or by the code of a former,
    /// delegated or associated commune or of a municipal arrondissement.
    /// Surrounding spaces and letter case are ignored.
    /// </summary>
    public bool TryFindCommune(string? code, [MaybeNullWhen(false)] out Commune commune)
    {
        if (TryGet(_byCode, code, 5, out var index))
        {
            commune = _table[index];
            return true;
        }

        commune = null;
        return false;
    }

    public Commune? FindCommune(string? code) => TryGet(_byCode, code, 5, out var index) ? _table[index] : null;

    public Department? FindDepartment(string? code) => TryGet(_departments, code, 3, out var department) ? department : null;

    public Region? FindRegion(string? code) => TryGet(_regions, code, 3, out var region) ? region : null;

    public Epci? FindEpci(string? siren) => TryGet(_epcis, siren, 9, out var epci) ? epci : null;

    /// <summary>Communes served by a postal code, most populous first.</summary>
    public IReadOnlyList<Commune> FindByPostalCode(string? postalCode) => Lookup(_byPostalCode, postalCode, 5);

    /// <summary>
    /// Communes whose name matches <paramref name="query"/> ignoring accents, case,
    /// hyphens and apostrophes, each query word being a prefix of a name word
    /// in order ("st"/"ste" also stand for saint/sainte). Most populous first, except
    /// that names equal to the whole query (a leading article may be omitted) lead.
    /// </summary>
    public IReadOnlyList<Commune> Search(string? query, int limit = 10) => _names.Value.Search(query, limit);

    /// <summary>The same search, keeping only the communes <paramref name="filter"/> accepts, before the limit.</summary>
    public IReadOnlyList<Commune> Search(string? query, int limit, Func<Commune, bool> filter) => _names.Value.Search(query, limit, filter);

    /// <summary>Communes of a department, by INSEE code, in code order.</summary>
    public IReadOnlyList<Commune> CommunesOfDepartment(string code) => Lookup(_byDepartment, code, 3);

    /// <summary>Communes of an EPCI, by SIREN, in code order.</summary>
    public IReadOnlyList<Commune> CommunesOfEpci(string siren) => Lookup(_byEpci, siren, 9);

    private static IReadOnlyList<Commune> Lookup(CommuneGroups groups, string? key, int maxLength)
    {
        Span<char> buffer = stackalloc char[9];
        var length = Normalize(key, maxLength, buffer);
        return length > 0 && groups.TryGet(buffer[..length], out var communes) ? communes : CommuneList.Empty;
    }

    /// <summary>Dictionary look-up of a trimmed, upper-cased code (2a → 2A) without allocating.</summary>
    private static bool TryGet<T>(Dictionary<string, T> map, string? code, int maxLength, [MaybeNullWhen(false)] out T value)
    {
        Span<char> buffer = stackalloc char[9];
        var length = Normalize(code, maxLength, buffer);
        if (length <= 0)
        {
            value = default;
            return false;
        }

        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out value);
    }

    /// <returns>The key's length in <paramref name="buffer"/>, or -1 when it cannot be a code.</returns>
    private static int Normalize(string? code, int maxLength, Span<char> buffer)
    {
        var span = code.AsSpan().Trim();
        if (span.IsEmpty || span.Length > maxLength)
        {
            return -1;
        }

        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return -1;
            }

            buffer[i] = char.ToUpperInvariant(c);
        }

        return span.Length;
    }
}
