namespace CapRural.Registration.Features;

/// <summary>The January 2022 call, as the example shown in the API documentation.</summary>
internal static class CallExamples
{
    public static readonly object MaillerLesIngenieries = new
    {
        title = "AMI — Mailler les ingénieries de l'action sociale et du développement local",
        workingGroupName = "Mailler les ingénieries de l'action sociale et du développement local",
        description = "Cap Rural constitue un groupe de travail régional réunissant des acteurs du développement local " +
            "et de l'action sociale des territoires ruraux d'Auvergne-Rhône-Alpes. Participation gratuite.",
        opensAt = "2022-01-17T09:00:00+01:00",
        closesAt = "2022-02-28T23:59:00+01:00",
        firstMeetingOn = "2022-04-07",
        targetGroupSize = 20,
        meetingsPerYear = 4,
        themes = new[] { "alimentation", "mobilité", "petite enfance", "convention territoriale globale", "pauvreté-précarité" },
    };
}
