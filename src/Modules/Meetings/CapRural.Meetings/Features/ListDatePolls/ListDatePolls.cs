using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ListDatePolls;

public sealed record ListDatePolls(Guid GroupId) : IQuery<IReadOnlyList<DatePollView>>;

internal sealed class ListDatePollsHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<ListDatePolls, IReadOnlyList<DatePollView>>
{
    public async ValueTask<IReadOnlyList<DatePollView>> Handle(ListDatePolls query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var polls = await db.DatePolls.AsNoTracking().Where(p => p.GroupId == group.Id).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var views = new List<DatePollView>(polls.Count);
        foreach (var poll in polls)
        {
            views.Add(await db.ViewAsync(poll, null, now, cancellationToken));
        }

        return views;
    }
}

internal static class ListDatePollsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}/date-polls", async (Guid groupId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDatePolls(groupId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les sondages de dates d'un groupe")
            .WithDescription("Pour la coordination, du plus récent au plus ancien, avec les résultats et les votants de chacun.")
            .ProducesClientErrors(401, 403, 404);
}
