using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Selection.Features.ReviewSettings;

/// <summary>Each setting given is changed; one left out stays as it is.</summary>
public sealed record ChangeReviewSettings(bool? BlindReview, int? ConfirmationDays = null) : ICommand
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

internal sealed class ChangeReviewSettingsValidator : AbstractValidator<ChangeReviewSettings>
{
    public ChangeReviewSettingsValidator() =>
        RuleFor(s => s.ConfirmationDays).InclusiveBetween(1, SelectionCall.MaxConfirmationDays)
            .WithMessage(_ => Localized.Pick(
                $"Le délai de confirmation va de 1 à {SelectionCall.MaxConfirmationDays} jours.",
                $"The confirmation delay is from 1 to {SelectionCall.MaxConfirmationDays} days."));
}

internal sealed class ChangeReviewSettingsHandler(SelectionDbContext db) : ICommandHandler<ChangeReviewSettings>
{
    public async ValueTask<Unit> Handle(ChangeReviewSettings command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (command.BlindReview is { } blind)
        {
            call.SetBlindReview(blind);
        }

        if (command.ConfirmationDays is { } days)
        {
            call.SetConfirmationDays(days);
        }

        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "L'appel vient d'être modifié (publication, offre ou critères) ; rien n'a été changé. Recommencez.",
            "The call was just changed (publication, offer or criteria); nothing was changed. Try again.")), cancellationToken);
        return Unit.Value;
    }
}

internal static class ChangeReviewSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/calls/{callId:guid}/selection/settings", async (Guid callId, ChangeReviewSettings command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { CallId = callId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Régler l'évaluation à l'aveugle et le délai de confirmation")
            .WithDescription("`blindReview: false` montre aux évaluateurs de cet appel le nom et l'organisation des candidat·e·s ; l'adresse e-mail ne leur est jamais montrée. " +
                $"`confirmationDays` (1 à {SelectionCall.MaxConfirmationDays}, {SelectionCall.DefaultConfirmationDays} par défaut) : le délai donné aux personnes retenues " +
                "à partir de l'e-mail qui leur annonce leur place ; passé ce délai sans réponse, l'offre tombe et la place est proposée à la liste d'attente. " +
                "Un réglage absent reste inchangé ; le nouveau délai vaut pour les annonces suivantes.")
            .WithRequestExample(new { blindReview = false, confirmationDays = 10 })
            .ProducesClientErrors(400, 401, 403, 404, 409, 422);
}
