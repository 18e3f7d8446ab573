using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Domain;

namespace CapRural.Registration.Emails;

/// <summary>The French e-mails Registration sends. Private links are the only way back to an application.</summary>
internal static class RegistrationEmails
{
    public static EmailMessage Acknowledgement(Application application, Call call, string editLink, RetentionOptions retention) => new(
        application.Email!,
        $"Votre candidature : {call.Title}",
        $"""
        Bonjour {application.FirstName},

        Nous avons bien reçu votre candidature au groupe de travail « {call.WorkingGroupName} ».

        Jusqu'à la clôture des candidatures ({ParisTime.Format(call.ClosesAt)}), vous pouvez la relire, la corriger
        ou la retirer avec ce lien personnel :
        {editLink}

        Ce lien est privé : ne le transférez pas. Vous pouvez aussi demander l'effacement de vos données à tout moment.
        Les participants seront sélectionnés sur la base de leur réponse ; nous vous écrirons dès que la sélection sera faite.
        Si vous n'êtes pas retenu·e (ou restez sur la liste d'attente), vos données seront effacées automatiquement
        {Days(retention.NotSelectedDays)} après la publication des résultats ; si vous rejoignez le groupe,
        {Days(retention.FormerMembersDays)} après votre départ du groupe.
        """);

    public static EmailMessage Withdrawn(Application application, Call call, RetentionOptions retention) => new(
        application.Email!,
        $"Candidature retirée : {call.Title}",
        $"""
        Bonjour {application.FirstName},

        Votre candidature au groupe de travail « {call.WorkingGroupName} » a bien été retirée.
        Elle ne sera pas examinée. Vos données seront effacées automatiquement le {ParisTime.Format(application.WithdrawnAt!.Value + TimeSpan.FromDays(retention.NotSelectedDays))}
        ({Days(retention.NotSelectedDays)} après votre retrait). Vous pouvez demander leur effacement immédiat avec votre lien personnel.
        """);

    private static string Days(int days) => days switch
    {
        0 => "aussitôt",
        1 => "1 jour",
        _ => $"{days} jours",
    };

    public static EmailMessage NewLinks(string email, IReadOnlyList<(Call Call, string Link)> links) => new(
        email,
        "Vos liens de candidature Cap Rural",
        "Bonjour,\n\nVoici un nouveau lien personnel pour chacune de vos candidatures en cours " +
        "(les liens reçus auparavant restent valables) :\n\n" +
        string.Join("\n\n", links.Select(l => $"« {l.Call.Title} »\n{l.Link}")) +
        "\n\nSi vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message." );
}
