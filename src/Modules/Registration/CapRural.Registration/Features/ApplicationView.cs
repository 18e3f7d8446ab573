using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;

namespace CapRural.Registration.Features;

public sealed record TerritoryRef(string Code, string? Name);

public sealed record LocationView(double Latitude, double Longitude, string Precision);

/// <summary>
/// An application as its author and the coordinator see it; <c>outcome</c> is what the published
/// selection (then the group) made of it, and <c>outcomeAt</c> since when. <c>siren</c> and <c>siret</c>
/// are as stored: digits only, the SIREN taken from the SIRET when only that was given.
/// </summary>
public sealed record ApplicationView(
    Guid ApplicationId,
    Guid CallId,
    ApplicationStatus Status,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string Organisation,
    OrganisationType OrganisationType,
    string? Siren,
    string? Siret,
    string JobTitle,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    TerritoryRef Department,
    TerritoryRef? Epci,
    LocationView Location,
    string Motivation,
    string? Expectations,
    IReadOnlyList<string> Topics,
    MeetingFormat? PreferredFormat,
    bool? AvailableForFirstMeeting,
    bool ConsentToDirectory,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    bool CanBeCorrected,
    SelectionOutcome? Outcome,
    DateTimeOffset? OutcomeAt)
{
    internal static ApplicationView From(Application a, bool callIsOpen) => new(
        a.Id, a.CallId, a.Status, a.FirstName, a.LastName, a.Email, a.Phone, a.Organisation, a.OrganisationType, a.Siren, a.Siret, a.JobTitle,
        a.Sector, a.Role, a.Place.CommuneCode, a.Place.CommuneName,
        new TerritoryRef(a.Place.DepartmentCode, a.Place.DepartmentName),
        a.Place.EpciSiren is null ? null : new TerritoryRef(a.Place.EpciSiren, a.Place.EpciName),
        new LocationView(a.Place.Latitude, a.Place.Longitude, a.Place.Precision),
        a.Motivation, a.Expectations, a.Topics, a.PreferredFormat, a.AvailableForFirstMeeting, a.ConsentToDirectory,
        a.SubmittedAt, a.UpdatedAt, callIsOpen && a.Status == ApplicationStatus.Submitted, a.Outcome, a.OutcomeAt);
}
