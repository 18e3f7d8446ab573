using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Groups;

/// <summary>A member leaves the group: named by the coordinator, or themself with their member token when <see cref="MemberId"/> is null.</summary>
public sealed record LeaveGroup(Guid GroupId, Guid? MemberId) : ICommand
{
    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class LeaveGroupHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<LeaveGroup>
{
    public async ValueTask<Unit> Handle(LeaveGroup command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        var member = command.MemberId is { } id
            ? await db.Members.FirstOrDefaultAsync(m => m.Id == id && m.GroupId == group.Id, cancellationToken)
            : await db.FindMemberAsync(command.Caller, cancellationToken) is { } self && self.GroupId == group.Id ? self : null;
        if (member is null)
        {
            throw new NotFoundException(Localized.Pick("Membre introuvable dans ce groupe.", "Member not found in this group."));
        }

        member.Leave(clock.GetUtcNow());
        db.Publish(new MemberLeft(member.Id, member.ApplicationId));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class LeaveGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/groups/{groupId:guid}/members/{memberId:guid}/leave", async (Guid groupId, Guid memberId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new LeaveGroup(groupId, memberId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Retirer un membre du groupe")
            .WithDescription("Le membre ne reçoit plus d'e-mails du groupe, ne compte plus dans les réponses ni dans le choix du lieu le plus central ; " +
                "son jeton de membre cesse de fonctionner. Son historique de présence reste.")
            .ProducesClientErrors(401, 403, 404, 409);
        api.MapPost("/groups/{groupId:guid}/leave", async (Guid groupId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new LeaveGroup(groupId, null) { Caller = Caller.From(http.User) }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Quitter le groupe")
            .WithDescription("Avec son jeton de membre (X-Member-Token) : on ne reçoit plus d'e-mails du groupe et le jeton cesse de fonctionner.")
            .ProducesClientErrors(401, 403, 404);
    }
}
