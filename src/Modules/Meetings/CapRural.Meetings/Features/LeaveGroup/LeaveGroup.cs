using System.Text.Json.Serialization;
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

namespace CapRural.Meetings.Features.LeaveGroup;

/// <summary>A member leaves their group themself, with their member token.</summary>
public sealed record LeaveGroup(Guid GroupId) : ICommand
{
    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class LeaveGroupHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<LeaveGroup>
{
    public async ValueTask<Unit> Handle(LeaveGroup command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        var member = await db.FindMemberAsync(command.Caller, cancellationToken);
        if (member.GroupId != group.Id)
        {
            // A token says nothing about other groups: the same answer as for a group without this member.
            throw new NotFoundException(Localized.Pick("Membre introuvable dans ce groupe.", "Member not found in this group."));
        }

        await db.DepartAsync(member, MemberDeparture.LeftGroup, clock.GetUtcNow(), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another departure was saved first: the member is gone, as asked.
        }

        return Unit.Value;
    }
}

internal static class LeaveGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/groups/{groupId:guid}/leave", async (Guid groupId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new LeaveGroup(groupId) { Caller = Caller.From(http.User) }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Quitter le groupe")
            .WithDescription("Avec son jeton de membre (X-Member-Token) : on ne reçoit plus d'e-mails du groupe (ceux qui n'étaient pas encore partis sont annulés), " +
                "on sort de l'annuaire public et la place est libérée pour la liste d'attente ; le jeton cesse de fonctionner.")
            .ProducesClientErrors(401, 403, 404);
}
