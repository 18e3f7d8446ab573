using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.RetireVenue;

public sealed record RetireVenue(Guid VenueId) : ICommand;

internal sealed class RetireVenueHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<RetireVenue>
{
    public async ValueTask<Unit> Handle(RetireVenue command, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == command.VenueId, cancellationToken)
            ?? throw new NotFoundException(Localized.Pick("Lieu introuvable.", "Venue not found."));
        var now = clock.GetUtcNow();
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.VenueId == venue.Id && m.Status == MeetingStatus.Planned && m.StartsAt > now)
            .OrderBy(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (upcoming is not null)
        {
            throw new ConflictException(Localized.Pick(
                $"Ce lieu accueille encore la réunion « {upcoming.Title} » du {ParisTime.FormatFrench(upcoming.StartsAt)} : changez d'abord son lieu.",
                $"This venue still hosts the meeting \"{upcoming.Title}\" on {ParisTime.FormatIso(upcoming.StartsAt)}: change its venue first."));
        }

        if (venue.Retire(now))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class RetireVenueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/venues/{venueId:guid}", async (Guid venueId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetireVenue(venueId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Retirer un lieu de réunion")
            .WithDescription("Le lieu sort de la liste, des classements et du plan des lieux, et ne peut plus accueillir de nouvelle réunion ; " +
                "il reste affiché sur les réunions passées. Refusé (409) tant qu'une réunion à venir s'y tient. Le retirer deux fois ne change rien (204).")
            .ProducesClientErrors(401, 403, 404, 409);
}
