namespace CapRural.Territories;

/// <summary>How closely a commune's <see cref="Commune.Location"/> matches the commune itself.</summary>
public enum LocationPrecision
{
    /// <summary>A GeoNames populated place of the commune (usually its main town).</summary>
    Commune,

    /// <summary>Population-weighted centre of the located communes of the commune's EPCI.</summary>
    Epci,

    /// <summary>Population-weighted centre of the located communes of the commune's department.</summary>
    Department,
}
