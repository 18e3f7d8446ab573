using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Domain.Proposal;
using CapRural.Selection.Features.PublishSelection;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Selection.Features.OfferPlace;

/// <summary>Offer a free place to a waitlisted candidate; without <c>candidateId</c>, to the suggested replacement.</summary>
public sealed record OfferPlace(Guid? CandidateId) : ICommand<PlaceOffered>
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

/// <summary>Who got the place, whether it was the suggestion, and how full the group is now.</summary>
public sealed record PlaceOffered(Guid CandidateId, bool Suggested, int Accepted, int Places);

internal sealed class OfferPlaceHandler(SelectionDbContext db, IOptions<PlatformOptions> platform, IOptions<RetentionOptions> retention, TimeProvider clock) : ICommandHandler<OfferPlace, PlaceOffered>
{
    public async ValueTask<PlaceOffered> Handle(OfferPlace command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (call.PublishedAt is null)
        {
            throw Conflict("Les résultats ne sont pas encore publiés : décidez puis publiez avant d'offrir une place libérée.",
                "The results are not published yet: decide and publish before offering a freed place.");
        }

        var group = await db.LoadGroupAsync(call, null, cancellationToken);
        if (group.Accepted.Count >= call.Places)
        {
            throw Conflict($"Aucune place libre : {group.Accepted.Count} personne(s) retenue(s) pour {call.Places} place(s).",
                $"No free place: {group.Accepted.Count} accepted for {call.Places} place(s).");
        }

        var suggested = group.BestReplacement;
        var candidateId = command.CandidateId ?? suggested?.Id
            ?? throw Conflict("Personne sur la liste d'attente ne garde les règles de la dernière proposition appliquée ; " +
                "choisissez une personne (candidateId) ou décidez et publiez.",
                "Nobody on the waiting list keeps the rules of the last applied proposal; name someone (candidateId) or decide and publish.");
        var candidate = await db.FindCandidateAsync(call.Id, candidateId, cancellationToken);
        var entry = group.Waitlist.FirstOrDefault(c => c.Id == candidate.Id);
        if (candidate.Decision != Decision.Waitlisted || entry is null)
        {
            throw Conflict("Cette personne n'est pas sur la liste d'attente : seule une personne en liste d'attente peut recevoir une place libérée.",
                "This person is not on the waiting list: only a waitlisted person can be offered a freed place.");
        }

        // The place keeps the balance the coordinator chose; an exception to it goes through a decision and a publication.
        var breaches = Replacement.Breaches(group.Accepted, entry, group.Rules);
        if (breaches.Count > 0)
        {
            throw Conflict($"Cette offre romprait les règles de la dernière proposition appliquée ({string.Join(" ; ", breaches)}). " +
                "Offrez la place à une autre personne, ou décidez « accepted » puis publiez pour passer outre.",
                $"This offer would break the rules of the last applied proposal ({string.Join("; ", breaches)}).");
        }

        var now = clock.GetUtcNow();
        candidate.Decide(Decision.Accepted, now, manually: true);
        Announcements.Announce(db, call, candidate, new Announcer(platform.Value, retention.Value, now), waitlistPosition: 0);
        call.RecordOffer();
        await db.SaveOrConflictAsync(() => Conflict("Une autre offre, décision ou publication vient d'être enregistrée pour cet appel ; rien n'a été envoyé. Rechargez puis recommencez.",
            "Another offer, decision or publication was just saved for this call; nothing was sent. Reload and try again."), cancellationToken);

        return new PlaceOffered(candidate.Id, candidate.Id == suggested?.Id, group.Accepted.Count + 1, call.Places);
    }

    private static ConflictException Conflict(string french, string english) => new(Localized.Pick(french, english));
}

internal static class OfferPlaceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/selection/offers", async (Guid callId, OfferPlace? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send((command ?? new OfferPlace(null)) with { CallId = callId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(1024)
            .WithSummary("Offrir une place libérée à une personne de la liste d'attente")
            .WithDescription("Retient la personne (`candidateId`, par défaut la remplaçante suggérée : la mieux classée de la liste d'attente " +
                "qui garde les règles de la dernière proposition appliquée), lui écrit avec un lien privé de confirmation et prévient " +
                "les autres modules, en une seule fois. 409 si les résultats ne sont pas publiés, s'il n'y a pas de place libre " +
                "(taille de la dernière proposition appliquée, sinon cible de l'appel), si la personne n'est pas en liste d'attente, " +
                "ou si son arrivée romprait une règle de la proposition (secteur, département, organisation) : le détail dit laquelle. " +
                "Pour passer outre, décidez « accepted » puis publiez.")
            .WithRequestExample(new { candidateId = "3f2b8c1e-5d4a-4e7b-9c61-2a8d0f4b7e93" })
            .Produces<PlaceOffered>()
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
