using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.ExportPersonalData;

/// <summary>Registration's section of the export: the application as stored, its consents, outcome and retention.</summary>
public sealed record RegistrationSection(
    Guid ApplicationId,
    Guid CallId,
    string CallTitle,
    ApplicationStatus Status,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string Organisation,
    OrganisationType OrganisationType,
    string JobTitle,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    string? EpciName,
    string Motivation,
    string? Expectations,
    IReadOnlyList<string> Topics,
    MeetingFormat? PreferredFormat,
    bool? AvailableForFirstMeeting,
    ConsentsSection Consents,
    SelectionOutcome? Outcome,
    DateTimeOffset? OutcomeAt,
    RetentionSection? Retention,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? WithdrawnAt,
    DateTimeOffset? ErasedAt);

/// <summary>Processing is consented to when applying; the directory only if the person chose so.</summary>
public sealed record ConsentsSection(bool Processing, DateTimeOffset GivenAt, bool Directory);

/// <summary>Why and when the application will be erased automatically.</summary>
public sealed record RetentionSection(RetentionReason Reason, DateTimeOffset ErasedAutomaticallyAt);

internal sealed class RegistrationPersonalDataHandler(RegistrationDbContext db, IOptions<RetentionOptions> retention)
    : INotificationHandler<PersonalDataRequested>
{
    public async ValueTask Handle(PersonalDataRequested notification, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == notification.ApplicationId, cancellationToken);
        if (a is null)
        {
            return;
        }

        var callTitle = await db.Calls.AsNoTracking().Where(c => c.Id == a.CallId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken) ?? "";
        notification.Add("registration", new RegistrationSection(
            a.Id, a.CallId, callTitle, a.Status, a.FirstName, a.LastName, a.Email, a.Phone, a.Organisation, a.OrganisationType,
            a.JobTitle, a.Sector, a.Role, a.Place.CommuneCode, a.Place.CommuneName, a.Place.DepartmentCode, a.Place.EpciName,
            a.Motivation, a.Expectations, a.Topics, a.PreferredFormat, a.AvailableForFirstMeeting,
            new ConsentsSection(a.Status != ApplicationStatus.Erased, a.ConsentGivenAt, a.ConsentToDirectory),
            a.Outcome, a.OutcomeAt,
            a is { RetentionReason: { } reason, RetentionFrom: { } from } ? new RetentionSection(reason, retention.Value.PurgeAt(reason, from)) : null,
            a.SubmittedAt, a.UpdatedAt, a.WithdrawnAt, a.ErasedAt));
    }
}
