using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ListMembers;

public sealed record MemberView(
    Guid MemberId,
    string FirstName,
    string LastName,
    string Email,
    string Organisation,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    double Latitude,
    double Longitude,
    bool Approximate,
    DateTimeOffset JoinedAt);

public sealed record ListMembers(Guid GroupId) : IQuery<IReadOnlyList<MemberView>>;

internal sealed class ListMembersHandler(MeetingsDbContext db) : IQueryHandler<ListMembers, IReadOnlyList<MemberView>>
{
    public async ValueTask<IReadOnlyList<MemberView>> Handle(ListMembers query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var members = await db.ActiveMembers(group.Id).AsNoTracking().ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.LastName, StringComparer.CurrentCulture).ThenBy(m => m.FirstName, StringComparer.CurrentCulture)
            .Select(m => new MemberView(m.Id, m.FirstName, m.LastName, m.Email, m.Organisation, m.Sector, m.Role,
                m.CommuneCode, m.CommuneName, m.DepartmentCode, m.Latitude, m.Longitude, m.Approximate, m.JoinedAt))];
    }
}

internal static class ListMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}/members", async (Guid groupId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMembers(groupId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les membres d'un groupe")
            .WithDescription("Les participant·es qui ont confirmé leur place, avec leur structure, leur secteur et leur commune. " +
                "`approximate` signale une position connue seulement à l'échelle de l'intercommunalité.")
            .ProducesClientErrors(401, 403, 404);
}
