using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.AssignReviewer;

public sealed record AssignReviewer(Guid CallId, Guid ApiKeyId, bool Assigned) : ICommand;

internal sealed class AssignReviewerHandler(SelectionDbContext db, IMediator mediator, TimeProvider clock) : ICommandHandler<AssignReviewer>
{
    public async ValueTask<Unit> Handle(AssignReviewer command, CancellationToken cancellationToken)
    {
        await db.FindCallAsync(command.CallId, cancellationToken);
        if (command.Assigned)
        {
            await EnsureActiveReviewerKeyAsync(command.ApiKeyId, cancellationToken);
        }

        var existing = await db.ReviewerAssignments.FirstOrDefaultAsync(a => a.CallId == command.CallId && a.ApiKeyId == command.ApiKeyId, cancellationToken);
        if (command.Assigned && existing is null)
        {
            db.ReviewerAssignments.Add(new ReviewerAssignment { CallId = command.CallId, ApiKeyId = command.ApiKeyId, AssignedAt = clock.GetUtcNow() });
        }
        else if (!command.Assigned && existing is not null)
        {
            db.ReviewerAssignments.Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same assignment made twice at once: it exists, which is what both asked for.
        }

        return Unit.Value;
    }

    /// <summary>A made-up id, a revoked key or a key of another role would give the call a reviewer who cannot review.</summary>
    private async Task EnsureActiveReviewerKeyAsync(Guid apiKeyId, CancellationToken cancellationToken)
    {
        var key = (await mediator.Send(new DescribeApiKeys([apiKeyId]), cancellationToken)).SingleOrDefault();
        var problem = key switch
        {
            null => Localized.Pick("Aucune clé n'a cet identifiant : prenez-le dans GET /api/admin/api-keys.",
                "No key has this id: take it from GET /api/admin/api-keys."),
            { Active: false } => Localized.Pick("Cette clé est révoquée : créez une nouvelle clé d'évaluation.",
                "This key is revoked: create a new reviewer key."),
            { Role: not Roles.Reviewer } => Localized.Pick($"Cette clé a le rôle « {key.Role} » : seule une clé d'évaluation (reviewer) peut être affectée.",
                $"This key has the role '{key.Role}': only a reviewer key can be assigned."),
            _ => null,
        };
        if (problem is not null)
        {
            throw new ValidationException([new ValidationFailure("apiKeyId", problem)]);
        }
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
            .WithDescription("La clé (identifiant donné par `GET /api/admin/api-keys`) pourra voir et évaluer les candidatures de cet appel, et rien d'autre. Idempotent. " +
                "Seule une clé d'évaluation active peut être affectée : un identifiant inconnu, une clé révoquée ou d'un autre rôle donnent 422 sur `apiKeyId`.")
            .ProducesClientErrors(401, 403, 404, 422);
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
