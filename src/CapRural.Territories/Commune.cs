namespace CapRural.Territories;

/// <summary>A current commune (INSEE "commune actuelle").</summary>
/// <param name="Code">INSEE code, five characters (2A/2B for Corsica, 97x/98x overseas).</param>
/// <param name="PostalCodes">La Poste codes, sorted; empty for the few communes without one.</param>
/// <param name="EpciSiren">SIREN of the EPCI à fiscalité propre; null for the few communes outside any.</param>
/// <param name="Population">Municipal population (0 when unknown).</param>
public sealed record Commune(
    string Code,
    string Name,
    IReadOnlyList<string> PostalCodes,
    string DepartmentCode,
    string RegionCode,
    string? EpciSiren,
    int Population,
    GeoPoint Location,
    LocationPrecision Precision);
