using CapRural.BuildingBlocks.Errors;
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
        RuleFor(v => v.Name).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez le nom du lieu.", "Give the venue's name."))
            .MaximumLength(Venue.NameMax).WithMessage(_ => Localized.Pick($"Le nom tient en {Venue.NameMax} caractères au plus.", $"The name is at most {Venue.NameMax} characters."));
        RuleFor(v => v.Address).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez l'adresse du lieu.", "Give the venue's address."))
            .MaximumLength(Venue.AddressMax).WithMessage(_ => Localized.Pick($"L'adresse tient en {Venue.AddressMax} caractères au plus.", $"The address is at most {Venue.AddressMax} characters."));
        RuleFor(v => v.CommuneCode).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez le code INSEE de la commune du lieu.", "Give the INSEE code of the venue's commune."))
            .Must(code => Gazetteer.Default.FindCommune(code) is not null)
            .When(v => !string.IsNullOrWhiteSpace(v.CommuneCode), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Pick("Code INSEE inconnu : indiquez le code de la commune (5 caractères, par exemple 63113 pour Clermont-Ferrand).", "Unknown INSEE code: give the commune's code (5 characters, for example 63113 for Clermont-Ferrand)."));
        RuleFor(v => v.Capacity).NotNull().WithMessage(_ => Localized.Pick("Indiquez la capacité du lieu (nombre de places).", "Give the venue's capacity (number of seats)."))
            .InclusiveBetween(1, 10_000).WithMessage(_ => Localized.Pick("La capacité est un nombre de places entre 1 et 10 000.", "The capacity is a number of seats between 1 and 10,000."));
        RuleFor(v => v.Accessibility).MaximumLength(Venue.AccessibilityMax)
            .WithMessage(_ => Localized.Pick($"Les informations d'accessibilité tiennent en {Venue.AccessibilityMax} caractères au plus.", $"The accessibility information is at most {Venue.AccessibilityMax} characters."));
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
