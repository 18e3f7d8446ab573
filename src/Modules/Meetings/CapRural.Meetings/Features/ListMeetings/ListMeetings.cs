using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ListMeetings;

public sealed record ListMeetings(Guid GroupId) : IQuery<IReadOnlyList<MeetingView>>;

internal sealed class ListMeetingsHandler(MeetingsDbContext db) : IQueryHandler<ListMeetings, IReadOnlyList<MeetingView>>
{
    public async ValueTask<IReadOnlyList<MeetingView>> Handle(ListMeetings query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var rsvps = (await db.Rsvps.AsNoTracking().Where(r => ids.Contains(r.MeetingId) && db.Members.Any(m => m.Id == r.MemberId && m.LeftAt == null)).ToListAsync(cancellationToken)).ToLookup(r => r.MeetingId);
        var members = await db.ActiveMembers(group.Id).CountAsync(cancellationToken);
        return [.. meetings.Select(m => MeetingView.From(m, [.. rsvps[m.Id]], members))];
    }
}

internal static class ListMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}/meetings", async (Guid groupId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMeetings(groupId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les réunions d'un groupe")
            .WithDescription("Dans l'ordre chronologique, annulées comprises, avec les réponses des membres (présentiel, à distance, absent·e, sans réponse).")
            .ProducesClientErrors(401, 403, 404);
}
