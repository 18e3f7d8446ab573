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

internal sealed class RespondToOfferHandler(SelectionDbContext db) : ICommandHandler<RespondToOffer, OfferResponded>
{
    public async ValueTask<OfferResponded> Handle(RespondToOffer command, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(command.Token);
        var candidate = await db.Candidates.FirstOrDefaultAsync(
                c => c.ConfirmationTokenHash == hash && c.Status == CandidateStatus.Active && c.PublishedDecision == Decision.Accepted, cancellationToken)
            ?? throw new NotFoundException(Localized.Pick(
                "Ce lien de confirmation n'est pas (ou plus) valable.", "This confirmation link is not (or no longer) valid."));
        var call = await db.FindCallAsync(candidate.CallId, cancellationToken);

        if (command.Response == OfferAnswer.Confirm)
        {
            if (candidate.Response != OfferResponse.Confirmed)
            {
                candidate.Confirm();
                db.Publish(new ParticipantConfirmed(candidate.Id, candidate.ApplicationId, call.Id, candidate.ToSelectedPerson()));
                await SaveOnceAsync(cancellationToken);
            }

            return new OfferResponded(OfferResponse.Confirmed, call.WorkingGroupName);
        }

        // The best waitlisted candidate whose arrival keeps the rules of the applied proposal.
        var replacement = (await db.LoadGroupAsync(call, candidate.Id, cancellationToken)).BestReplacement?.Id;
        candidate.DeclineOffer(replacement);
        db.Publish(new ParticipantDeclined(candidate.Id, candidate.ApplicationId, call.Id, replacement));
        await SaveOnceAsync(cancellationToken);
        return new OfferResponded(OfferResponse.Declined, call.WorkingGroupName);
    }

    /// <summary>Two clicks on the link at once: the second finds the answer already recorded.</summary>
    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(Localized.Pick(
                "Votre réponse vient d'être enregistrée ; rechargez la page pour la voir.",
                "Your answer was just recorded; reload the page to see it."));
        }
    }
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
                "Confirmer deux fois ne change rien.")
            .WithRequestExample(new { response = "confirm" })
            .ProducesClientErrors(400, 404, 409, 413, 422, 429);
}
