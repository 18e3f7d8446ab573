using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.RemoveMember;

/// <summary>The coordinator takes a member off the roster. Answers false when the member had already left.</summary>
public sealed record RemoveMember(Guid GroupId, Guid MemberId) : ICommand<bool>;

internal sealed class RemoveMemberHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<RemoveMember, bool>
{
    public async ValueTask<bool> Handle(RemoveMember command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId && m.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException(Localized.Pick("Membre introuvable dans ce groupe.", "Member not found in this group."));
        var removed = await db.DepartAsync(member, MemberDeparture.RemovedByCoordinator, clock.GetUtcNow(), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (removed)
        {
            // Two removals at once: the other one was saved; the member is gone either way.
            return false;
        }

        return removed;
    }
}

internal static class RemoveMemberEndpoint
{
    private const string Effect = "Le membre ne reçoit plus d'e-mails du groupe (ceux qui n'étaient pas encore partis sont annulés), ne compte plus dans les réponses " +
        "ni dans le choix du lieu le plus central, sort de l'annuaire public ; sa place est libérée pour la liste d'attente et son jeton de membre " +
        "cesse de fonctionner. Son historique de présence reste.";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapDelete("/groups/{groupId:guid}/members/{memberId:guid}", async (Guid groupId, Guid memberId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveMember(groupId, memberId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Retirer un membre du groupe")
            .WithDescription(Effect + " Retirer un membre déjà parti ne change rien (204) ; 404 pour un membre inconnu de ce groupe.")
            .ProducesClientErrors(401, 403, 404);
        api.MapPost("/groups/{groupId:guid}/members/{memberId:guid}/leave", async (Guid groupId, Guid memberId, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new RemoveMember(groupId, memberId), ct)
                    ? Results.NoContent()
                    : throw new ConflictException(Localized.Pick("Ce membre a déjà quitté le groupe.", "This member already left the group.")))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Retirer un membre du groupe (ancienne forme)")
            .WithDescription(Effect + " Préférez DELETE /api/groups/{groupId}/members/{memberId} ; ici, un membre déjà parti donne 409.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesClientErrors(401, 403, 404, 409);
    }
}
