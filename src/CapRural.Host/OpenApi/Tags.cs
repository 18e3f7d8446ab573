namespace CapRural.Host.OpenApi;

/// <summary>
/// The modules in the order of the year's work, each with the workflow a coordinator follows in it:
/// the Swagger UI lists tags in this order, and shows the text at the top of each.
/// </summary>
internal static class Tags
{
    public static readonly IReadOnlyList<(string Name, string Description)> InOrderOfTheYear =
    [
        ("Inscriptions",
            "**1. L'appel et les candidatures.** Créer l'appel (`createCall`, brouillon ; un brouillon créé par erreur se supprime avec " +
            "`deleteCall`), le publier (`publishCall`) : le site reçoit alors les candidatures (`submitApplication`). Suivre et filtrer les " +
            "candidatures (`listApplications`, export CSV pour Excel), clore l'appel à sa date ou plus tôt (`closeCall`). Chaque personne " +
            "lit, corrige, retire ou efface sa candidature avec le jeton privé reçu par e-mail."),
        ("Sélection",
            "**2. La sélection du groupe.** Fixer les critères (`setCriteria`) et affecter les relecteurs (`assignReviewer`) ; chacun note " +
            "les candidatures (`submitReview`) sur le tableau (`getCandidateBoard`). Demander une proposition de groupe (`proposeGroup`), " +
            "puis décider pour chaque personne (`decideCandidate`, avec dans `If-Match` l'`ETag` lu sur `getCandidate`). Publier " +
            "(`publishSelection`) envoie les résultats ; chaque personne retenue confirme ou décline (`respondToOffer`)."),
        ("Réunions",
            "**3. La vie du groupe.** Le groupe se forme à partir de l'appel et de ses confirmations (`listGroups`, `listMembers`). " +
            "Enregistrer les lieux (`createVenue`), trouver le plus central (`suggestVenues`), planifier les réunions (`planMeeting`, " +
            "heure de Paris), sonder les dates (`openDatePoll`), puis noter présences et compte rendu (`recordAttendance`, `recordMinutes`)."),
        ("Savoirs",
            "**4. La capitalisation.** Rédiger les fiches méthode (`createMethodSheet`), les passer en relecture (`submitMethodSheet`) et " +
            "les publier (`publishMethodSheet`, une révision à chaque fois) ; modérer les retours d'expérience des membres ; transformer " +
            "les comptes rendus en fiches. Les partenaires synchronisent les fiches publiées (`listPublicSheets`, flux Atom, archive zip) " +
            "et l'annuaire « qui fait quoi »."),
        ("Administration",
            "**5. L'administration.** Créer et révoquer les clés d'API (coordination, relecture, partenaire) et surveiller la file " +
            "d'événements entre modules (`getOutbox`)."),
        ("Territoires",
            "Référentiel des communes d'Auvergne-Rhône-Alpes pour le formulaire de candidature : recherche par nom, code postal ou " +
            "département."),
    ];
}
