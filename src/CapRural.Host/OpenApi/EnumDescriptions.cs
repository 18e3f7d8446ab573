namespace CapRural.Host.OpenApi;

/// <summary>
/// What each enum value means, in French, for the Swagger UI and generated clients' doc comments. Kept
/// here rather than on the enums so modules stay free of documentation attributes; a contract test
/// fails when a value has no description.
/// </summary>
internal static class EnumDescriptions
{
    private static readonly Dictionary<string, Dictionary<string, string>> ByEnum = new()
    {
        ["MeetingFormat"] = new() { ["inPerson"] = "en présentiel", ["remote"] = "à distance", ["hybrid"] = "hybride (salle et visio)" },
        ["Sector"] = new() { ["localDevelopment"] = "développement local", ["socialAction"] = "action sociale" },
        ["ExperienceReportStatus"] = new() { ["pending"] = "en attente de modération", ["accepted"] = "accepté et publié comme fiche", ["rejected"] = "refusé" },
        ["MeetingNoteStatus"] = new() { ["pending"] = "compte rendu à transformer en fiche", ["drafted"] = "fiche brouillon déjà créée" },
        ["SheetKind"] = new() { ["methodSheet"] = "fiche méthode", ["experienceReport"] = "retour d'expérience d'un membre" },
        ["SheetStatus"] = new() { ["draft"] = "brouillon", ["inReview"] = "en relecture", ["published"] = "publiée", ["archived"] = "archivée (retirée du public)" },
        ["Availability"] = new() { ["yes"] = "disponible", ["ifNeeded"] = "disponible si nécessaire", ["no"] = "indisponible" },
        ["DatePollStatus"] = new() { ["open"] = "ouvert aux votes", ["closed"] = "clos" },
        ["MeetingStatus"] = new() { ["planned"] = "prévue", ["held"] = "tenue", ["cancelled"] = "annulée" },
        ["RsvpResponse"] = new() { ["inPerson"] = "viendra sur place", ["remote"] = "suivra à distance", ["absent"] = "absent·e" },
        ["OrganisationType"] = new()
        {
            ["commune"] = "commune",
            ["intercommunality"] = "intercommunalité (EPCI)",
            ["department"] = "conseil départemental",
            ["region"] = "conseil régional",
            ["territorialProject"] = "territoire de projet (PETR, pays, parc)",
            ["association"] = "association",
            ["socialActionCentre"] = "centre d'action sociale (CCAS, CIAS)",
            ["socialSecurityFund"] = "caisse de sécurité sociale (CAF, MSA)",
            ["stateService"] = "service de l'État",
            ["company"] = "entreprise",
            ["other"] = "autre",
        },
        ["SelectionOutcome"] = new()
        {
            ["accepted"] = "place proposée, pas encore confirmée",
            ["waitlisted"] = "sur liste d'attente",
            ["declined"] = "non retenu·e",
            ["confirmed"] = "place confirmée : membre du groupe",
            ["gaveUpPlace"] = "a renoncé à sa place",
            ["formerMember"] = "a quitté le groupe (ou en a été retiré·e)",
        },
        ["RetentionReason"] = new()
        {
            ["declined"] = "non retenu·e",
            ["waitlisted"] = "resté·e sur liste d'attente",
            ["withdrawn"] = "candidature retirée",
            ["gaveUpPlace"] = "a renoncé à sa place",
            ["formerMember"] = "ancien·ne membre du groupe",
        },
        ["ApplicationStatus"] = new() { ["submitted"] = "déposée", ["withdrawn"] = "retirée par la personne", ["erased"] = "effacée (RGPD)" },
        ["CallStatus"] = new() { ["draft"] = "brouillon, invisible du public", ["published"] = "publié", ["closed"] = "clos" },
        ["Decision"] = new() { ["accepted"] = "retenu·e", ["waitlisted"] = "sur liste d'attente", ["declined"] = "non retenu·e" },
        ["ScoreBasis"] = new() { ["raw"] = "moyennes brutes des évaluations", ["calibrated"] = "scores calibrés par évaluateur (notes centrées-réduites, ramenées de 0 à 5)" },
        ["OfferResponse"] = new() { ["confirmed"] = "place confirmée", ["declined"] = "place déclinée" },
        ["OfferAnswer"] = new() { ["confirm"] = "confirmer sa place", ["decline"] = "décliner sa place" },
        ["OrganisationSource"] = new()
        {
            ["siren"] = "même SIREN donné sur la candidature",
            ["epci"] = "agent d'intercommunalité : SIREN de l'EPCI de sa commune",
            ["name"] = "même nom d'organisation dans le même département",
            ["coordinator"] = "regroupé ou séparé par la coordination",
        },
        ["OrganisationAction"] = new() { ["merge"] = "une seule organisation", ["split"] = "chacune seule", ["reset"] = "revenir à la règle (SIREN, nom)" },
        ["LocationPrecision"] = new() { ["commune"] = "position de la commune", ["epci"] = "position approchée par l'intercommunalité", ["department"] = "position approchée par le département" },
    };

    /// <summary>The French label of each value, or null when the enum or a value is not described.</summary>
    public static IReadOnlyDictionary<string, string>? For(Type enumType, IEnumerable<string> values)
    {
        if (!ByEnum.TryGetValue(enumType.Name, out var labels))
        {
            return null;
        }

        return values.All(labels.ContainsKey) ? labels : null;
    }
}
