using CapRural.BuildingBlocks.Errors;
using CapRural.Meetings.Domain;
using CapRural.Territories;
using FluentValidation;

namespace CapRural.Meetings.Features.Shared;

/// <summary>What the coordinator says of a venue, when registering or editing it.</summary>
public interface IVenueFields
{
    string? Name { get; }

    string? Address { get; }

    string? CommuneCode { get; }

    int? Capacity { get; }

    string? Accessibility { get; }
}

/// <summary>The rules of a venue's fields, the same for a new venue and an edited one.</summary>
internal abstract class VenueFieldsValidator<T> : AbstractValidator<T>
    where T : IVenueFields
{
    protected VenueFieldsValidator()
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

    /// <summary>The commune the validator accepted; a former or delegated commune's code resolves to the current commune.</summary>
    public static Commune Commune(IVenueFields fields) => Gazetteer.Default.FindCommune(fields.CommuneCode)!;
}
