namespace CapRural.Registration.Features;

internal static class ApplicationExamples
{
    public static readonly object SocialWorker = new
    {
        firstName = "Camille",
        lastName = "Martin",
        email = "camille.martin@example.org",
        phone = "04 73 00 00 00",
        organisation = "CCAS de Thiers",
        organisationType = "socialActionCentre",
        jobTitle = "Travailleuse sociale",
        sector = "socialAction",
        role = "travailleur social",
        communeCode = "63430",
        motivation = "Je souhaite croiser nos pratiques d'accompagnement avec celles des agents de développement du territoire.",
        expectations = "Des méthodes pour monter des projets communs avec l'intercommunalité.",
        topics = new[] { "mobilité", "pauvreté-précarité" },
        preferredFormat = "hybrid",
        availableForFirstMeeting = true,
        consentToProcessing = true,
        consentToDirectory = true,
    };
}
