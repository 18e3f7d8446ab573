using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.CreateVenue;

public sealed record CreateVenue(string? Name, string? Address, string? CommuneCode, int? Capacity, string? Accessibility) : ICommand<VenueView>, IVenueFields;

internal sealed class CreateVenueValidator : VenueFieldsValidator<CreateVenue>;

internal sealed class CreateVenueHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<CreateVenue, VenueView>
{
    public async ValueTask<VenueView> Handle(CreateVenue command, CancellationToken cancellationToken)
    {
        var commune = CreateVenueValidator.Commune(command);
        var venue = Venue.Register(command.Name!.Trim(), command.Address!.Trim(), commune.Code, commune.Name,
            commune.Location.Latitude, commune.Location.Longitude, command.Capacity!.Value, command.Accessibility, clock.GetUtcNow());
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken);
        return VenueView.From(venue);
    }
}

internal static class CreateVenueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/venues", async (CreateVenue command, IMediator mediator, CancellationToken ct) =>
            {
                var venue = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/venues/{venue.VenueId}", venue);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Enregistrer un lieu de réunion")
            .WithDescription("Nom, adresse, commune (code INSEE), capacité et informations d'accessibilité. " +
                "Le lieu est placé à la position de sa commune pour le calcul du lieu le plus central.")
            .WithRequestExample(new
            {
                name = "Maison des associations",
                address = "2 rue Gilbert Romme",
                communeCode = "63113",
                capacity = 30,
                accessibility = "Salle de plain-pied, accessible en fauteuil ; gare à 10 minutes à pied.",
            })
            .ProducesClientErrors(400, 401, 403, 422);
}
