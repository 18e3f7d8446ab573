using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Groups;

public sealed record GetGroup(Guid GroupId) : IQuery<GroupView>;

internal sealed class GetGroupHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetGroup, GroupView>
{
    public async ValueTask<GroupView> Handle(GetGroup query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var members = await db.ActiveMembers(group.Id).CountAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        return GroupView.From(group, members, meetings, clock.GetUtcNow());
    }
}

internal static class GetGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}", async (Guid groupId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGroup(groupId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Consulter un groupe de travail")
            .WithDescription("Nom, objectif de réunions par an, nombre de membres et bilan de l'année (réunions tenues, prévues, annulées).")
            .ProducesClientErrors(401, 403, 404);
}
