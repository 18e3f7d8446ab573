using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.GetMeeting;

public sealed record GetMeeting(Guid MeetingId) : IQuery<MeetingView>;

internal sealed class GetMeetingHandler(MeetingsDbContext db) : IQueryHandler<GetMeeting, MeetingView>
{
    public async ValueTask<MeetingView> Handle(GetMeeting query, CancellationToken cancellationToken) =>
        await db.ViewAsync(await db.FindMeetingAsync(query.MeetingId, cancellationToken), cancellationToken);
}

internal static class GetMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings/{meetingId:guid}", async (Guid meetingId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMeeting(meetingId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Consulter une réunion")
            .WithDescription("La réunion telle qu'elle est prévue ou s'est tenue, avec le décompte des réponses et les présences. " +
                "Le détail par membre est dans `GET /api/meetings/{meetingId}/replies`.")
            .ProducesClientErrors(401, 403, 404);
}
