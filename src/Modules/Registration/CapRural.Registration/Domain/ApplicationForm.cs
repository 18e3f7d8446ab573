using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;

namespace CapRural.Registration.Domain;

/// <summary>
/// The application form as the website posts it. Nullable where a client may omit a field,
/// so a missing value is reported as missing rather than silently defaulted.
/// </summary>
public interface IApplicationForm
{
    string? FirstName { get; }

    string? LastName { get; }

    string? Email { get; }

    string? Phone { get; }

    string? Organisation { get; }

    OrganisationType? OrganisationType { get; }

    string? JobTitle { get; }

    Sector? Sector { get; }

    string? Role { get; }

    string? CommuneCode { get; }

    string? Motivation { get; }

    string? Expectations { get; }

    IReadOnlyList<string>? Topics { get; }

    MeetingFormat? PreferredFormat { get; }

    bool? AvailableForFirstMeeting { get; }

    bool ConsentToProcessing { get; }

    bool ConsentToDirectory { get; }
}

/// <summary>Where the applicant works, resolved from the INSEE code.</summary>
internal sealed record ApplicantPlace(
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    string DepartmentName,
    string? EpciSiren,
    string? EpciName,
    double Latitude,
    double Longitude,
    string Precision);
