using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.GetMeetingCalendar;

public sealed record GetMeetingCalendar(Guid MeetingId, Caller Caller) : IQuery<string>;

internal sealed class GetMeetingCalendarHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetMeetingCalendar, string>
{
    public async ValueTask<string> Handle(GetMeetingCalendar query, CancellationToken cancellationToken)
    {
        var meeting = query.Caller.IsCoordinator
            ? await db.FindMeetingAsync(query.MeetingId, cancellationToken)
            : (await db.FindMeetingForMemberAsync(query.MeetingId, query.Caller, cancellationToken)).Meeting;
        var group = await db.FindGroupAsync(meeting.GroupId, cancellationToken);
        var venue = await db.FindVenueAsync(meeting.VenueId, cancellationToken);
        return MeetingCalendar.Download(meeting, group.Name, venue, clock.GetUtcNow());
    }
}

internal static class GetMeetingCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings/{meetingId:guid}.ics", async (Guid meetingId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Text(await mediator.Send(new GetMeetingCalendar(meetingId, Caller.From(http.User)), ct), MeetingCalendar.ContentType + "; charset=utf-8"))
            .RequireAuthorization(Policies.MemberOrCoordinator)
            .WithSummary("Télécharger une réunion au format iCalendar")
            .WithDescription("Fichier .ics (RFC 5545) avec le fuseau Europe/Paris, un UID stable et une SEQUENCE augmentée à chaque changement ; " +
                "STATUS:CANCELLED pour une réunion annulée. Pour la coordination, ou avec le jeton de membre du groupe (X-Member-Token).")
            .Produces<string>(200, MeetingCalendar.ContentType)
            .ProducesClientErrors(401, 403, 404);
}
