using Bogus;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;
using CapRural.Territories;

namespace CapRural.Registration.Demo;

internal sealed record DemoProfile(string Organisation, OrganisationType OrganisationType, string JobTitle, string Role);

/// <summary>Plausible jobs, organisations and texts of the two professional cultures.</summary>
internal static class DemoProfiles
{
    public static readonly string[] Topics =
    [
        "alimentation", "économie", "mobilité", "culture", "petite enfance", "convention territoriale globale",
        "pauvreté-précarité", "transitions", "attractivité", "services à la population",
    ];

    public static DemoProfile SocialAction(Faker faker, Commune commune) => faker.Random.Int(0, 3) switch
    {
        0 => new($"CCAS de {commune.Name}", OrganisationType.SocialActionCentre, "Travailleur·se social·e", "travailleur social"),
        1 => new("Caisse d'allocations familiales", OrganisationType.SocialSecurityFund, "Chargé·e de mission CTG", "chargé de mission CTG"),
        2 => new($"Centre social de {commune.Name}", OrganisationType.Association, "Directeur·rice de centre social", "animateur de la vie sociale"),
        _ => new("Département — Maison des solidarités", OrganisationType.Department, "Conseiller·ère en économie sociale et familiale", "travailleur social"),
    };

    public static DemoProfile LocalDevelopment(Faker faker, Commune commune, string? epciName) => faker.Random.Int(0, 3) switch
    {
        0 => new(epciName ?? $"Communauté de communes autour de {commune.Name}", OrganisationType.Intercommunality, "Agent·e de développement local", "agent de développement"),
        1 => new($"Mairie de {commune.Name}", OrganisationType.Commune, "Secrétaire général·e", "agent de développement"),
        2 => new("PETR — programme LEADER", OrganisationType.TerritorialProject, "Animateur·rice LEADER", "animateur de programme"),
        _ => new($"Association Vivre à {commune.Name}", OrganisationType.Association, "Coordinateur·rice de projet collectif", "porteur de projet collectif"),
    };

    public static string Motivation(Faker faker, Sector sector)
    {
        var opening = sector == Sector.SocialAction
            ? faker.PickRandom(
                "J'accompagne au quotidien des familles isolées et je constate que les projets de territoire se construisent sans nous.",
                "Dans le cadre de la convention territoriale globale, nous cherchons à mieux travailler avec les services de développement.",
                "Nos publics rencontrent des freins de mobilité que les élus découvrent souvent trop tard.")
            : faker.PickRandom(
                "J'anime des projets de territoire et je mesure mal leurs effets sur les personnes les plus fragiles.",
                "Notre intercommunalité porte un projet alimentaire territorial qui gagnerait à associer les travailleurs sociaux.",
                "Nous menons des diagnostics de territoire où l'action sociale est trop peu présente.");
        var closing = faker.PickRandom(
            "Je souhaite partager nos expériences et construire des méthodes communes.",
            "Le groupe serait l'occasion de savoir qui fait quoi et d'éviter les actions en doublon.",
            "J'aimerais repartir avec des outils concrets pour travailler en transversalité.");
        return $"{opening} {closing}";
    }

    public static string Expectations(Faker faker) => faker.PickRandom(
        "Des retours d'expérience d'autres territoires ruraux.",
        "Des fiches méthode pour monter des projets entre services.",
        "Un réseau de pairs à solliciter entre les réunions.");

    public static string Slug(string name) =>
        new string(CapRural.Registration.Domain.Application.Normalize(name).Where(char.IsAsciiLetter).ToArray());
}
