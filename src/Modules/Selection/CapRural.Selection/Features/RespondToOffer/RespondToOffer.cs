using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.RespondToOffer;

public enum OfferAnswer
{
    Confirm,
    Decline,
}

public sealed record RespondToOffer(OfferAnswer? Response) : ICommand<OfferResponded>
{
    [JsonIgnore]
    public string Token { get; init; } = "";
}

/// <summary>What the person sees: their answer and the working group, nothing about anyone else.</summary>
public sealed record OfferResponded(OfferResponse Response, string WorkingGroupName);

internal sealed class RespondToOfferValidator : AbstractValidator<RespondToOffer>
{
    public RespondToOfferValidator() =>
        RuleFor(r => r.Response).NotNull().WithMessage(_ => Localized.Pick("Indiquez « confirm » pour confirmer votre place ou « decline » pour y renoncer.", "Send 'confirm' to confirm your place or 'decline' to give it up."));
}

internal sealed class RespondToOfferHandler(SelectionDbContext db, TimeProvider clock) : ICommandHandler<RespondToOffer, OfferResponded>
{
    public async ValueTask<OfferResponded> Handle(RespondToOffer command, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(command.Token);
        var candidate = await FindAsync(hash, cancellationToken);
        var call = await db.FindCallAsync(candidate.CallId, cancellationToken);
        var wanted = command.Response == OfferAnswer.Confirm ? OfferResponse.Confirmed : OfferResponse.Declined;
        if (candidate.Response == wanted)
        {
            // A second click, or one of several at once that arrived after the first was saved: the same answer, nothing new.
            return new OfferResponded(wanted, call.WorkingGroupName);
        }

        if (candidate.LapsedAt is not null)
        {
            throw new ConflictException(Localized.Pick(
                "Le délai pour répondre est passé : la place a été proposée à la liste d'attente. Écrivez à la coordination si vous souhaitez revenir.",
                "The time to answer has passed: the place was offered to the waiting list. Write to the coordinator if you wish to come back."));
        }

        if (!candidate.HoldsPlace)
        {
            throw GaveUp();
        }

        if (wanted == OfferResponse.Confirmed)
        {
            candidate.Confirm(clock.GetUtcNow());
            db.Publish(new ParticipantConfirmed(candidate.Id, candidate.ApplicationId, call.Id, candidate.ToSelectedPerson()));
        }
        else
        {
            // Also after a confirmation: the place is freed and every module holding the person is told.
            await db.GiveUpPlaceAsync(candidate, clock.GetUtcNow(), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Clicks racing on one offer: one answer was recorded. The same answer is confirmed, the other one refused.
            db.ChangeTracker.Clear();
            var recorded = await FindAsync(hash, cancellationToken);
            if (recorded.Response == wanted)
            {
                return new OfferResponded(wanted, call.WorkingGroupName);
            }

            throw new ConflictException(Localized.Pick(
                "Une autre réponse vient d'être enregistrée pour cette place ; rechargez la page pour la voir.",
                "Another answer was just recorded for this place; reload the page to see it."));
        }

        return new OfferResponded(wanted, call.WorkingGroupName);
    }

    /// <summary>The link stays readable after a decline, so that a repeated decline is answered and a late confirmation refused clearly.</summary>
    private async Task<Candidate> FindAsync(string hash, CancellationToken cancellationToken) =>
        await db.Candidates.FirstOrDefaultAsync(c => c.ConfirmationTokenHash == hash && c.Status == CandidateStatus.Active, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick(
            "Ce lien de confirmation n'est pas (ou plus) valable.", "This confirmation link is not (or no longer) valid."));

    private static ConflictException GaveUp() => new(Localized.Pick(
        "Vous avez renoncé à cette place : elle a été libérée. Écrivez à la coordination si vous souhaitez revenir.",
        "You gave up this place: it has been freed. Write to the coordinator if you wish to come back."));
}

internal static class RespondToOfferEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/selection/confirmations/{token}", async (string token, RespondToOffer command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Token = token }, ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithBodySizeLimit(1024)
            .WithSummary("Confirmer ou refuser sa place dans le groupe")
            .WithDescription("Le jeton vient du lien privé envoyé à la personne retenue. `confirm` confirme la place ; `decline` la libère, " +
                "et la coordination voit sur la candidature la personne de la liste d'attente qui la remplacerait en gardant l'équilibre du groupe " +
                "(à qui elle offre la place par POST /api/calls/{callId}/selection/offers). " +
                "Confirmer deux fois, ou renoncer deux fois, ne change rien ; on peut renoncer après avoir confirmé (la personne quitte alors le groupe), " +
                "mais pas confirmer après avoir renoncé (409).")
            .WithRequestExample(new { response = "confirm" })
            .ProducesClientErrors(400, 404, 409, 413, 422, 429);
}
