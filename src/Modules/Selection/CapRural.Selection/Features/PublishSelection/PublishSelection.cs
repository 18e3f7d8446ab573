using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Domain.Proposal;
using CapRural.Selection.Emails;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Selection.Features.PublishSelection;

/// <summary>Publish the results; <paramref name="Force"/> publishes even though the call still takes applications.</summary>
public sealed record PublishSelection(Guid CallId, bool Force = false) : ICommand<PublicationReport>;

/// <summary>How many people were written to, per decision; <c>unchanged</c> were already told.</summary>
public sealed record PublicationReport(int Accepted, int Waitlisted, int Declined, int Unchanged, DateTimeOffset PublishedAt);

internal sealed class PublishSelectionHandler(SelectionDbContext db, IOptions<PlatformOptions> platform, IOptions<RetentionOptions> retention, TimeProvider clock)
    : ICommandHandler<PublishSelection, PublicationReport>
{
    public async ValueTask<PublicationReport> Handle(PublishSelection command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        if (!command.Force && call.IsOpenAt(now))
        {
            var closes = FrenchDates.Moment(call.ClosesAt!.Value);
            throw new ConflictException(Localized.Pick(
                $"L'appel reçoit encore des candidatures jusqu'au {closes} : publiez après la clôture, " +
                "ou forcez la publication (force=true) si vous acceptez que les candidatures tardives ne soient pas dans cette sélection.",
                $"The call still takes applications until {closes}: publish after it closes, " +
                "or force the publication (force=true) if late applications may stay out of this selection."));
        }

        var candidates = await db.Candidates
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active)
            .ToListAsync(cancellationToken);
        var undecided = candidates.Count(c => c.Decision is null);
        if (undecided > 0)
        {
            throw new ConflictException(Localized.Pick(
                $"{undecided} candidature(s) sans décision : décidez pour chacune (ou appliquez une proposition) avant de publier.",
                $"{undecided} candidate(s) without a decision: decide for each (or apply a proposal) before publishing."));
        }

        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken))
            .ToLookup(r => r.CandidateId);
        var waitlistOrder = GroupProposer.Rank(candidates.Where(c => c.Decision == Decision.Waitlisted).Select(c => ProposalInputs.From(c, reviews[c.Id])))
            .Select((c, i) => (c.Id, Position: i + 1))
            .ToDictionary(x => x.Id, x => x.Position);

        // Only those whose decision changed since they were last told; the e-mails, the events and the
        // "told" marks commit together, so a crash can neither lose nor repeat a message.
        var changed = candidates.Where(c => c.Decision != c.PublishedDecision).ToList();
        var announcer = new Announcer(platform.Value, retention.Value, now);
        foreach (var candidate in changed.Where(c => c.HoldsPlace && c.Decision != Decision.Accepted))
        {
            // The coordinator took back a place already announced (perhaps confirmed): the person leaves the group.
            var replacement = (await db.LoadGroupAsync(call, candidate.Id, cancellationToken)).BestReplacement?.Id;
            candidate.LosePlace(replacement);
            db.Publish(new ParticipantDeclined(candidate.Id, candidate.ApplicationId, call.Id, replacement));
        }

        foreach (var candidate in changed)
        {
            Announcements.Announce(db, call, candidate, announcer, waitlistOrder.GetValueOrDefault(candidate.Id));
        }

        call.MarkPublished(now);
        // If another publication or decision got there first, nothing of this one is written or sent.
        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "Une autre publication ou décision vient d'être enregistrée pour cet appel ; rien n'a été envoyé. Relancez la publication.",
            "Another publication or decision was just saved for this call; nothing was sent. Publish again.")), cancellationToken);

        return new PublicationReport(
            changed.Count(c => c.Decision == Decision.Accepted),
            changed.Count(c => c.Decision == Decision.Waitlisted),
            changed.Count(c => c.Decision == Decision.Declined),
            candidates.Count - changed.Count,
            now);
    }
}

internal static class PublishSelectionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/selection/publish", async (Guid callId, bool? force, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishSelection(callId, force ?? false), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Publier les résultats de la sélection")
            .WithDescription("Écrit à chaque candidat·e sa décision (retenu·e avec un lien privé de confirmation, liste d'attente avec sa position, " +
                "non retenu·e avec nos remerciements) et prévient les autres modules. Publier à nouveau après des changements n'écrit " +
                "qu'aux personnes dont la décision a changé. Toutes les candidatures doivent avoir une décision (sinon 409). " +
                "Les évaluations sont figées dès la première publication. Tant que l'appel reçoit des candidatures (jusqu'à sa date de clôture, ou sa clôture anticipée), " +
                "409 nommant cette date, sauf avec `force=true`. Chaque personne retenue a le délai de confirmation de l'appel pour répondre " +
                "(10 jours par défaut, voir `PUT /api/calls/{callId}/selection/settings`) ; l'e-mail donne cette date et celle de la première rencontre.")
            .ProducesClientErrors(401, 403, 404, 409);
}
