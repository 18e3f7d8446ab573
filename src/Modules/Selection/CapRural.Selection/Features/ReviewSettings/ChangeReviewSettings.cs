using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.ReviewSettings;

public sealed record ChangeReviewSettings(bool BlindReview) : ICommand
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

internal sealed class ChangeReviewSettingsHandler(SelectionDbContext db) : ICommandHandler<ChangeReviewSettings>
{
    public async ValueTask<Unit> Handle(ChangeReviewSettings command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        call.SetBlindReview(command.BlindReview);
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
            .WithSummary("Lever ou rétablir l'évaluation à l'aveugle")
            .WithDescription("`blindReview: false` montre aux évaluateurs de cet appel le nom et l'organisation des candidat·e·s ; l'adresse e-mail ne leur est jamais montrée.")
            .WithRequestExample(new { blindReview = false })
            .ProducesClientErrors(400, 401, 403, 404, 409);
}
