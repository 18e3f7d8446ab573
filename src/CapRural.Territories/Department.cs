namespace CapRural.Territories;

/// <summary>A department (or, overseas, a collectivity listed as one by the COG).</summary>
public sealed record Department(string Code, string Name, string RegionCode);
