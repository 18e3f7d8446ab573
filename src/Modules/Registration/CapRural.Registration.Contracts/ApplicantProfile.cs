using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

/// <summary>
/// What other modules need to know of an applicant: Selection reviews it, Meetings places the
/// member on the map, Knowledge lists consenting members in the directory.
/// </summary>
public sealed record ApplicantProfile(
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    string Organisation,
    OrganisationType OrganisationType,
    string JobTitle,
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
    string Motivation,
    string? Expectations,
    IReadOnlyList<string> Topics,
    MeetingFormat? PreferredFormat,
    bool? AvailableForFirstMeeting,
    bool ConsentToDirectory);
