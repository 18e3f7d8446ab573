using CapRural.Registration.Features.CreateCall;

namespace CapRural.Registration.Demo;

/// <summary>The call of the seed document, January 2022.</summary>
internal static class DemoCall
{
    public static readonly CreateCall Create = new(
        "Appel à manifestation d'intérêt — Mailler les ingénieries de l'action sociale et du développement local",
        "Mailler les ingénieries de l'action sociale et du développement local",
        """
        Cap Rural lance un groupe de travail régional pour rapprocher les acteurs du développement local et ceux de l'action sociale
        des territoires ruraux d'Auvergne-Rhône-Alpes. Aujourd'hui, agents de développement et travailleurs sociaux agissent souvent
        sur les mêmes sujets (alimentation, mobilité, petite enfance, précarité…) sans se parler : actions en doublon ou contradictoires,
        pas d'approche systémique des transitions.

        Le groupe permettra d'échanger des expériences, de savoir qui fait quoi, de capitaliser et de produire de la méthode.
        Rythme : 3 à 4 réunions par an, à discuter. Première réunion le 7 avril 2022, en présentiel ou distanciel en fonction
        des conditions sanitaires, au lieu le plus central possible par rapport à la localisation des participants.
        Participation gratuite. Les participants seront sélectionnés sur la base de leur réponse.
        """,
        new DateTimeOffset(2022, 1, 17, 9, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2022, 2, 28, 23, 59, 0, TimeSpan.FromHours(1)),
        new DateOnly(2022, 4, 7),
        20,
        4,
        ["alimentation", "économie", "mobilité", "culture", "petite enfance", "convention territoriale globale",
            "pauvreté-précarité", "transitions", "attractivité", "services à la population"]);
}
