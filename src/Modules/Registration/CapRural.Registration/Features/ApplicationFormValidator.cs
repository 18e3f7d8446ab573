using CapRural.BuildingBlocks.Errors;
using CapRural.Registration.Domain;
using CapRural.Territories;
using FluentValidation;

namespace CapRural.Registration.Features;

/// <summary>The rules of the application form, for a first submission and for a correction.</summary>
internal abstract class ApplicationFormValidator<T> : AbstractValidator<T>
    where T : ApplicationForm
{
    protected ApplicationFormValidator(Gazetteer gazetteer)
    {
        RuleFor(a => a.FirstName).NotEmpty().MaximumLength(ApplicationRules.NameMax);
        RuleFor(a => a.LastName).NotEmpty().MaximumLength(ApplicationRules.NameMax);
        RuleFor(a => a.Email).NotEmpty().MaximumLength(ApplicationRules.EmailMax).EmailAddress();
        RuleFor(a => a.Phone).MaximumLength(ApplicationRules.PhoneMax)
            .Matches(@"^\+?[0-9 .()-]{6,}$").When(a => !string.IsNullOrWhiteSpace(a.Phone), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Pick("Le numéro de téléphone n'est pas valide.", "The phone number is not valid."));
        RuleFor(a => a.Organisation).NotEmpty().MaximumLength(ApplicationRules.OrganisationMax);
        RuleFor(a => a.OrganisationType).NotNull();
        RuleFor(a => a.Siren).Must(s => OrganisationNumbers.IsValid(s, OrganisationNumbers.SirenLength))
            .WithMessage(_ => Localized.Pick(
                "Le SIREN a 9 chiffres et une clé de contrôle (Luhn) : vérifiez-le sur l'avis de situation INSEE.",
                "A SIREN has 9 digits and a check digit (Luhn): check it on the INSEE record."));
        RuleFor(a => a.Siret).Must(s => OrganisationNumbers.IsValid(s, OrganisationNumbers.SiretLength))
            .WithMessage(_ => Localized.Pick(
                "Le SIRET a 14 chiffres et une clé de contrôle (Luhn) : vérifiez-le sur l'avis de situation INSEE.",
                "A SIRET has 14 digits and a check digit (Luhn): check it on the INSEE record."))
            .Must((form, siret) => OrganisationNumbers.Clean(form.Siren) is not { } siren || OrganisationNumbers.Clean(siret) is not { } digits
                || digits.StartsWith(siren, StringComparison.Ordinal))
            .WithMessage(_ => Localized.Pick(
                "Le SIRET commence par le SIREN de l'organisation : les deux numéros donnés ne correspondent pas.",
                "A SIRET starts with the organisation's SIREN: the two numbers given do not match."));
        RuleFor(a => a.JobTitle).NotEmpty().MaximumLength(ApplicationRules.LabelMax);
        RuleFor(a => a.Sector).NotNull();
        RuleFor(a => a.Role).NotEmpty().MaximumLength(ApplicationRules.LabelMax);
        RuleFor(a => a.CommuneCode).NotEmpty()
            .Must(code => gazetteer.TryFindCommune(code, out _))
            .WithMessage(_ => Localized.Pick(
                "Code INSEE de commune inconnu (exemple : 63113 pour Clermont-Ferrand).",
                "Unknown INSEE commune code (e.g. 63113 for Clermont-Ferrand)."));
        RuleFor(a => a.Motivation).NotEmpty().Length(ApplicationRules.MotivationMin, ApplicationRules.TextMax);
        RuleFor(a => a.Expectations).MaximumLength(ApplicationRules.TextMax);
        RuleFor(a => a.Topics).Must(t => t is null || t.Count <= ApplicationRules.MaxTopics)
            .WithMessage(_ => Localized.Pick($"Au plus {ApplicationRules.MaxTopics} sujets.", $"At most {ApplicationRules.MaxTopics} topics."));
        RuleForEach(a => a.Topics).NotEmpty().MaximumLength(ApplicationRules.TopicMax);
        RuleFor(a => a.ConsentToProcessing).Equal(true)
            .WithMessage(_ => Localized.Pick(
                "Le consentement au traitement des données est nécessaire pour candidater.",
                "Consent to data processing is required to apply."));
    }
}

internal static class ApplicationRules
{
    public const int NameMax = 100;
    public const int EmailMax = 254;
    public const int PhoneMax = 30;
    public const int OrganisationMax = 200;
    public const int LabelMax = 150;
    public const int MotivationMin = 20;
    public const int TextMax = 4000;
    public const int TopicMax = 80;
    public const int MaxTopics = 20;

    /// <summary>Largest application body accepted (bytes): the longest valid form fits with room to spare.</summary>
    public const long BodyLimit = 64 * 1024;
}
