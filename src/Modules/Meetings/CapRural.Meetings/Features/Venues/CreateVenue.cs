using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using CapRural.Territories;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.Venues;

public sealed record CreateVenue(string? Name, string? Address, string? CommuneCode, int? Capacity, string? Accessibility) : ICommand<VenueView>;

internal sealed class CreateVenueValidator : AbstractValidator<CreateVenue>
{
    public CreateVenueValidator()
    {
        RuleFor(v => v.Name).NotEmpty().WithMessage("Indiquez le nom du lieu.")
            .MaximumLength(Venue.NameMax).WithMessage($"Le nom tient en {Venue.NameMax} caractères au plus.");
        RuleFor(v => v.Address).NotEmpty().WithMessage("Indiquez l'adresse du lieu.")
            .MaximumLength(Venue.AddressMax).WithMessage($"L'adresse tient en {Venue.AddressMax} caractères au plus.");
        RuleFor(v => v.CommuneCode).NotEmpty().WithMessage("Indiquez le code INSEE de la commune du lieu.")
            .Must(code => Gazetteer.Default.FindCommune(code) is not null)
            .When(v => !string.IsNullOrWhiteSpace(v.CommuneCode), ApplyConditionTo.CurrentValidator)
            .WithMessage("Code INSEE inconnu : indiquez le code de la commune (5 caractères, par exemple 63113 pour Clermont-Ferrand).");
        RuleFor(v => v.Capacity).NotNull().WithMessage("Indiquez la capacité du lieu (nombre de places).")
            .InclusiveBetween(1, 10_000).WithMessage("La capacité est un nombre de places entre 1 et 10 000.");
        RuleFor(v => v.Accessibility).MaximumLength(Venue.AccessibilityMax)
            .WithMessage($"Les informations d'accessibilité tiennent en {Venue.AccessibilityMax} caractères au plus.");
    }
}

internal sealed class CreateVenueHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<CreateVenue, VenueView>
{
    public async ValueTask<VenueView> Handle(CreateVenue command, CancellationToken cancellationToken)
    {
        // A former or delegated commune's code resolves to the current commune.
        var commune = Gazetteer.Default.FindCommune(command.CommuneCode)!;
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
