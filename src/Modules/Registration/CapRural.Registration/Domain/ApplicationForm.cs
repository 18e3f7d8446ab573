using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;

namespace CapRural.Registration.Domain;

/// <summary>
/// The application form as the website posts it, shared by the first submission and corrections.
/// Nullable where a client may omit a field, so a missing value is reported as missing rather
/// than silently defaulted.
/// </summary>
public abstract record ApplicationForm
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Organisation { get; init; }

    public OrganisationType? OrganisationType { get; init; }

    /// <summary>The organisation's SIREN (9 digits), optional: two applicants with the same SIREN work for one organisation.</summary>
    public string? Siren { get; init; }

    /// <summary>The establishment's SIRET (14 digits, the SIREN then 5), optional; its first 9 digits are the SIREN.</summary>
    public string? Siret { get; init; }

    public string? JobTitle { get; init; }

    public Sector? Sector { get; init; }

    public string? Role { get; init; }

    public string? CommuneCode { get; init; }

    public string? Motivation { get; init; }

    public string? Expectations { get; init; }

    public IReadOnlyList<string>? Topics { get; init; }

    public MeetingFormat? PreferredFormat { get; init; }

    public bool? AvailableForFirstMeeting { get; init; }

    public bool ConsentToProcessing { get; init; }

    public bool ConsentToDirectory { get; init; }
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
