using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ListGroups;

public sealed record ListGroups(PageRequest Paging) : IQuery<PagedResult<GroupView>>, IPagedQuery;

internal sealed class ListGroupsValidator : PagedQueryValidator<ListGroups>;

internal sealed class ListGroupsHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<ListGroups, PagedResult<GroupView>>
{
    public async ValueTask<PagedResult<GroupView>> Handle(ListGroups query, CancellationToken cancellationToken)
    {
        var page = await db.Groups.AsNoTracking().OrderByDescending(g => g.CreatedAt).ToPageAsync(query.Paging, cancellationToken);
        var ids = page.Items.Select(g => g.Id).ToList();
        var members = await db.Members.Where(m => ids.Contains(m.GroupId) && m.LeftAt == null).GroupBy(m => m.GroupId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var meetings = (await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.GroupId)).ToListAsync(cancellationToken)).ToLookup(m => m.GroupId);
        var now = clock.GetUtcNow();
        return new PagedResult<GroupView>(
            [.. page.Items.Select(g => GroupView.From(g, members.GetValueOrDefault(g.Id), meetings[g.Id], now))],
            page.Page, page.PageSize, page.Total);
    }
}

internal static class ListGroupsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups", async (IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(new ListGroups(new PageRequest(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les groupes de travail")
            .WithDescription("Un groupe se forme à la publication de son appel. `thisYear` compare les réunions tenues et prévues de l'année à l'objectif du groupe.")
            .ProducesClientErrors(401, 403, 422);
}
