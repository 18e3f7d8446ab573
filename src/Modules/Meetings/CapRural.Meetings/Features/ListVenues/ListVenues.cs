using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ListVenues;

public sealed record ListVenues(bool IncludeRetired) : IQuery<IReadOnlyList<VenueView>>;

internal sealed class ListVenuesHandler(MeetingsDbContext db) : IQueryHandler<ListVenues, IReadOnlyList<VenueView>>
{
    public async ValueTask<IReadOnlyList<VenueView>> Handle(ListVenues query, CancellationToken cancellationToken) =>
        [.. (await db.Venues.AsNoTracking().Where(v => query.IncludeRetired || v.RetiredAt == null).ToListAsync(cancellationToken))
            .OrderBy(v => v.Name, StringComparer.CurrentCulture)
            .Select(VenueView.From)];
}

internal static class ListVenuesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/venues", async (IMediator mediator, CancellationToken ct, bool includeRetired = false) =>
                TypedResults.Ok(await mediator.Send(new ListVenues(includeRetired), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les lieux de réunion")
            .WithDescription("Les lieux enregistrés, par ordre alphabétique ; les lieux retirés seulement avec `includeRetired=true` (avec `retiredAt`).")
            .ProducesClientErrors(401, 403);
}
