using System.Collections.ObjectModel;

namespace CapRural.Territories;

/// <summary>
/// The communes as columns (one array per field). Loading fills a handful of
/// large arrays instead of ~150,000 small objects, which is what keeps a load
/// fast; a <see cref="Commune"/> record is created on first access and cached,
/// so each index always yields the same instance.
/// </summary>
internal sealed class CommuneTable
{
    private readonly string[] _codes;
    private readonly char[] _names;
    private readonly int[] _nameStarts; // name i is _names[_nameStarts[i].._nameStarts[i + 1]]
    private readonly ReadOnlyCollection<string>[] _postalCodes;
    private readonly Department[] _departments;
    private readonly string?[] _epcis;
    private readonly int[] _populations;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly LocationPrecision[] _precisions;
    private readonly Commune?[] _materialised;

    public CommuneTable(
        string[] codes,
        char[] names,
        int[] nameStarts,
        ReadOnlyCollection<string>[] postalCodes,
        Department[] departments,
        string?[] epcis,
        int[] populations,
        double[] latitudes,
        double[] longitudes,
        LocationPrecision[] precisions)
    {
        _codes = codes;
        _names = names;
        _nameStarts = nameStarts;
        _postalCodes = postalCodes;
        _departments = departments;
        _epcis = epcis;
        _populations = populations;
        _latitudes = latitudes;
        _longitudes = longitudes;
        _precisions = precisions;
        _materialised = new Commune?[codes.Length];
    }

    public int Count => _codes.Length;

    public Commune this[int index]
    {
        get
        {
            var commune = Volatile.Read(ref _materialised[index]);
            if (commune is not null)
            {
                return commune;
            }

            var department = _departments[index];
            commune = new Commune(
                _codes[index],
                new string(Name(index)),
                _postalCodes[index],
                department.Code,
                department.RegionCode,
                _epcis[index],
                _populations[index],
                new GeoPoint(_latitudes[index], _longitudes[index]),
                _precisions[index]);

            // Racing threads may both build one; all of them return the first stored.
            return Interlocked.CompareExchange(ref _materialised[index], commune, null) ?? commune;
        }
    }

    public string Code(int index) => _codes[index];

    public ReadOnlySpan<char> Name(int index) => _names.AsSpan(_nameStarts[index], _nameStarts[index + 1] - _nameStarts[index]);

    public ReadOnlyCollection<string> PostalCodes(int index) => _postalCodes[index];

    public string DepartmentCode(int index) => _departments[index].Code;

    public string? EpciSiren(int index) => _epcis[index];

    public int Population(int index) => _populations[index];

    public double Latitude(int index) => _latitudes[index];

    public double Longitude(int index) => _longitudes[index];
}
