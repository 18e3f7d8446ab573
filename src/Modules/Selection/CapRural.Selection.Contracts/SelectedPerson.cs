using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Contracts;

/// <summary>
/// What Meetings and Knowledge need of a selected person: Meetings places the member on the map and
/// writes to them, Knowledge lists them in the directory only when they consented.
/// </summary>
public sealed record SelectedPerson(
    string FirstName,
    string LastName,
    string Email,
    string Organisation,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    string? EpciSiren,
    string? EpciName,
    double Latitude,
    double Longitude,
    string LocationPrecision,
    IReadOnlyList<string> Topics,
    bool ConsentToDirectory);
