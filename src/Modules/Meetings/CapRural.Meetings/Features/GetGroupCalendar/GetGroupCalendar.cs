using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.GetGroupCalendar;

public sealed record GetGroupCalendar(Guid GroupId, string? Token) : IQuery<string>;

internal sealed class GetGroupCalendarHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetGroupCalendar, string>
{
    public async ValueTask<string> Handle(GetGroupCalendar query, CancellationToken cancellationToken)
    {
        // A wrong token, or a token of another group, looks like a group that does not exist.
        var hash = string.IsNullOrEmpty(query.Token) ? "" : SecretToken.Hash(query.Token);
        if (!await db.Members.AnyAsync(m => m.FeedTokenHash == hash && m.GroupId == query.GroupId && m.LeftAt == null, cancellationToken))
        {
            throw new NotFoundException(Localized.Pick(
                "Calendrier introuvable, ou lien d'abonnement plus valable.", "Calendar not found, or subscription link no longer valid."));
        }

        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var venueIds = meetings.Where(m => m.VenueId != null).Select(m => m.VenueId!.Value).Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return MeetingCalendar.Feed(group.Name,
            meetings.Select(m => (m, m.VenueId is { } id ? venues.GetValueOrDefault(id) : null)), clock.GetUtcNow());
    }
}

internal static class GetGroupCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}/calendar.ics", async (Guid groupId, IMediator mediator, CancellationToken ct, string? token = null) =>
                TypedResults.Text(await mediator.Send(new GetGroupCalendar(groupId, token), ct), MeetingCalendar.ContentType + "; charset=utf-8"))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Calendrier du groupe (abonnement iCalendar)")
            .WithDescription("Flux .ics de toutes les réunions du groupe, pour s'y abonner depuis une application d'agenda. " +
                "Le secret est dans l'adresse (`token`), obtenue par POST /api/groups/{groupId}/calendar-link avec le jeton de membre.")
            .Produces<string>(200, MeetingCalendar.ContentType)
            .ProducesClientErrors(404, 429);
}
