namespace CapRural.Territories;

/// <summary>An EPCI à fiscalité propre.</summary>
/// <param name="Nature">Legal form as published by the DGCL: CC, CA, CU, METRO or MET69.</param>
public sealed record Epci(string Siren, string Name, string? Nature);
