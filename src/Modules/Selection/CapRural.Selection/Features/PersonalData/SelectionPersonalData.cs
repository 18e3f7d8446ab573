using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.PersonalData;

/// <summary>
/// What Selection holds about a person: the copy of their application, the decision and when they were
/// told, their answer, and how many reviews exist — never who reviewed them nor what anyone scored.
/// </summary>
public sealed record SelectionSection(
    Guid CandidateId,
    Guid CallId,
    string? WorkingGroupName,
    CandidateStatus Status,
    CandidateData Candidate,
    DecisionData Decision,
    int ReviewCount);

public sealed record CandidateData(
    string FirstName,
    string LastName,
    string? Email,
    string Organisation,
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
    bool ConsentToDirectory,
    DateTimeOffset SubmittedAt);

/// <summary>The coordinator's current decision, the one last sent to the person, and their answer, each with its date.</summary>
public sealed record DecisionData(
    Decision? Current,
    DateTimeOffset? DecidedAt,
    Decision? Announced,
    DateTimeOffset? AnnouncedAt,
    OfferResponse? Response,
    DateTimeOffset? RespondedAt);

internal sealed class SelectionPersonalDataHandler(SelectionDbContext db) : INotificationHandler<PersonalDataRequested>
{
    public async ValueTask Handle(PersonalDataRequested notification, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.ApplicationId == notification.ApplicationId, cancellationToken);
        if (candidate is null)
        {
            return;
        }

        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidate.CallId, cancellationToken);
        var reviews = await db.Reviews.CountAsync(r => r.CandidateId == candidate.Id, cancellationToken);
        notification.Add("selection", new SelectionSection(
            candidate.Id,
            candidate.CallId,
            call?.WorkingGroupName,
            candidate.Status,
            new CandidateData(candidate.FirstName, candidate.LastName, candidate.Email, candidate.Organisation, candidate.JobTitle,
                candidate.Sector, candidate.Role, candidate.CommuneCode, candidate.CommuneName, candidate.DepartmentCode, candidate.EpciName,
                candidate.Motivation, candidate.Expectations, candidate.Topics, candidate.ConsentToDirectory, candidate.SubmittedAt),
            new DecisionData(candidate.Decision, candidate.DecidedAt, candidate.PublishedDecision, candidate.NotifiedAt,
                candidate.Response, candidate.RespondedAt),
            reviews));
    }
}
