using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.AssignReviewer;

public sealed record AssignReviewer(Guid CallId, Guid ApiKeyId, bool Assigned) : ICommand;

internal sealed class AssignReviewerHandler(SelectionDbContext db, TimeProvider clock) : ICommandHandler<AssignReviewer>
{
    public async ValueTask<Unit> Handle(AssignReviewer command, CancellationToken cancellationToken)
    {
        await db.FindCallAsync(command.CallId, cancellationToken);
        var existing = await db.ReviewerAssignments.FirstOrDefaultAsync(a => a.CallId == command.CallId && a.ApiKeyId == command.ApiKeyId, cancellationToken);
        if (command.Assigned && existing is null)
        {
            db.ReviewerAssignments.Add(new ReviewerAssignment { CallId = command.CallId, ApiKeyId = command.ApiKeyId, AssignedAt = clock.GetUtcNow() });
        }
        else if (!command.Assigned && existing is not null)
        {
            db.ReviewerAssignments.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class AssignReviewerEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/calls/{callId:guid}/reviewers/{apiKeyId:guid}", async (Guid callId, Guid apiKeyId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AssignReviewer(callId, apiKeyId, Assigned: true), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Affecter une clé d'évaluation à un appel")
            .WithDescription("La clé (identifiant donné par `GET /api/admin/api-keys`) pourra voir et évaluer les candidatures de cet appel, et rien d'autre. Idempotent.")
            .ProducesClientErrors(401, 403, 404);
        api.MapDelete("/calls/{callId:guid}/reviewers/{apiKeyId:guid}", async (Guid callId, Guid apiKeyId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AssignReviewer(callId, apiKeyId, Assigned: false), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Retirer une clé d'évaluation d'un appel")
            .WithDescription("Ses évaluations déjà déposées restent comptées.")
            .ProducesClientErrors(401, 403, 404);
    }
}
