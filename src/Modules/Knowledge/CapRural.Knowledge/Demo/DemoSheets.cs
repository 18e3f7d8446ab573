namespace CapRural.Knowledge.Demo;

/// <summary>A method sheet of the demo, as the coordinator writes it.</summary>
internal sealed record DemoSheet(string Title, string Summary, string Body, string[] Themes, string[] Authors);

/// <summary>The demo's method sheets, written for it: plausible, not taken from a real working group.</summary>
internal static class DemoSheets
{
    public static readonly DemoSheet DiagnosticPartage = new(
        "Réaliser un diagnostic partagé entre développement local et action sociale",
        "Croiser les regards des agents de développement et des travailleurs sociaux pour décrire ensemble les besoins d'un territoire.",
        """
        ## Pourquoi

        Les équipes de développement local et d'action sociale observent le même territoire avec des données et des mots différents.
        Un diagnostic partagé donne une lecture commune avant de choisir des actions.

        ## Étapes

        1. Réunir un petit comité : un agent de développement, un travailleur social, un élu, un habitant.
        2. Mettre en commun les données (INSEE, CAF, fréquentation des services) et les situations rencontrées.
        3. Organiser deux ateliers : « ce que nous voyons », puis « ce que nous ne voyons pas ».
        4. Rédiger une synthèse de quatre pages, relue par chaque structure.

        ## Points de vigilance

        - Anonymiser les situations individuelles.
        - Prévoir le temps des travailleurs sociaux dans leur plan de charge.
        """,
        ["convention territoriale globale", "pauvreté-précarité"],
        ["Groupe « Mailler les ingénieries »"]);

    public static readonly DemoSheet DiagnosticPartageV2 = DiagnosticPartage with
    {
        Body = DiagnosticPartage.Body + "\n" + """

            ## Retour des premiers territoires

            Dans les deux communautés de communes qui l'ont testé, le second atelier a fait émerger les besoins
            des personnes âgées isolées, absents des données. Comptez six semaines entre le premier comité et la synthèse.
            """,
    };

    public static readonly DemoSheet ConventionTerritoriale = new(
        "Monter une convention territoriale globale avec les acteurs ruraux",
        "Associer les communes, l'intercommunalité, la CAF et les associations à la préparation d'une CTG en milieu rural.",
        """
        ## Le cadre

        La convention territoriale globale (CTG) engage la CAF et les collectivités sur un projet social de territoire.
        En milieu rural, les petites communes et les associations y ont souvent peu de place.

        ## La démarche

        1. Cartographier les acteurs : qui porte déjà des actions petite enfance, jeunesse, accès aux droits ?
        2. Tenir les réunions dans plusieurs communes, en fin de journée, pour les élus bénévoles.
        3. Rédiger le plan d'action par thème, avec un pilote nommé pour chaque action.
        4. Prévoir un comité de suivi annuel ouvert aux associations.
        """,
        ["convention territoriale globale", "petite enfance", "services à la population"],
        ["Groupe « Mailler les ingénieries »", "CAF du Puy-de-Dôme"]);

    public static readonly DemoSheet MobiliteSolidaire = new(
        "Organiser la mobilité solidaire en territoire peu dense",
        "Un transport solidaire par des chauffeurs bénévoles, coordonné entre la commune, le CCAS et une association.",
        """
        ## Le besoin

        Sans voiture, rejoindre un rendez-vous médical ou un entretien d'embauche devient impossible dans beaucoup de villages.

        ## Mettre en place le service

        - Une association porte le service et assure les bénévoles.
        - Le CCAS et les travailleurs sociaux orientent les personnes.
        - Une plateforme téléphonique unique prend les demandes 48 heures à l'avance.
        - Une participation modeste au kilomètre indemnise les chauffeurs.

        ## Évaluer

        Comptez les trajets, les motifs et les refus faute de chauffeur : ils guident le recrutement.
        """,
        ["mobilité", "pauvreté-précarité"],
        ["Groupe « Mailler les ingénieries »"]);

    public static readonly DemoSheet CafeDesParents = new(
        "Animer un café des parents itinérant",
        "Un temps d'échange entre parents de jeunes enfants, qui se déplace de commune en commune.",
        """
        ## Le principe

        Un lieu chaleureux, un animateur, un thème par séance (sommeil, écrans, séparation…), et la garde des enfants sur place.

        ## Conseils

        1. Changer de commune chaque mois, annoncer le calendrier à l'avance.
        2. S'appuyer sur le relais petite enfance et la PMI.
        3. Laisser les parents choisir les thèmes suivants.
        """,
        ["petite enfance", "services à la population"],
        ["Groupe « Mailler les ingénieries »"]);

    /// <summary>Published, then archived: the partners' sync shows its tombstone.</summary>
    public static readonly DemoSheet GuichetUnique = new(
        "Ouvrir un guichet unique d'accès aux droits en mairie",
        "Une permanence commune à plusieurs services publics, tenue en mairie une demi-journée par semaine.",
        """
        ## Le principe

        Un agent formé reçoit sans rendez-vous et oriente vers la CAF, la CPAM, Pôle emploi ou le CCAS.

        ## Pourquoi archivée

        Remplacée par la fiche sur les maisons France services.
        """,
        ["services à la population"],
        ["Groupe « Mailler les ingénieries »"]);
}
