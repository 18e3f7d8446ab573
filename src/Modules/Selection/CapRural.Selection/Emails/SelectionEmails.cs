using CapRural.BuildingBlocks.Email;
using System.Globalization;
using CapRural.Selection.Domain;

namespace CapRural.Selection.Emails;

/// <summary>The French e-mails that announce the selection. The confirmation link is the only way to answer.</summary>
internal static class SelectionEmails
{
    public static EmailMessage Accepted(Candidate candidate, SelectionCall call, string confirmationLink) => new(
        candidate.Email!,
        $"Vous êtes retenu·e : {call.WorkingGroupName}",
        $"""
        Bonjour {candidate.FirstName},

        Nous avons le plaisir de vous annoncer que votre candidature au groupe de travail « {call.WorkingGroupName} » est retenue.

        Merci de confirmer votre participation, ou de nous dire que vous y renoncez, avec ce lien personnel :
        {confirmationLink}

        Si vous renoncez, votre place sera proposée à une personne de la liste d'attente.
        Ce lien est privé : ne le transférez pas.
        """);

    public static EmailMessage Waitlisted(Candidate candidate, SelectionCall call, int position, DateOnly erasedOn) => new(
        candidate.Email!,
        $"Liste d'attente : {call.WorkingGroupName}",
        $"""
        Bonjour {candidate.FirstName},

        Merci pour votre candidature au groupe de travail « {call.WorkingGroupName} ».
        Le groupe est complet pour l'instant, mais votre candidature est sur la liste d'attente (position {position}).
        Si une place se libère, nous vous écrirons aussitôt.

        {Retention(erasedOn, "Si aucune place ne vous est proposée d'ici là, vos")}
        """);

    public static EmailMessage Declined(Candidate candidate, SelectionCall call, DateOnly erasedOn) => new(
        candidate.Email!,
        $"Votre candidature : {call.WorkingGroupName}",
        $"""
        Bonjour {candidate.FirstName},

        Merci sincèrement pour votre candidature au groupe de travail « {call.WorkingGroupName} » et pour le temps que vous y avez consacré.
        Nous avons reçu beaucoup de réponses de grande qualité et, pour garder un groupe équilibré entre secteurs et territoires,
        nous ne pouvons pas retenir la vôtre cette fois-ci.

        Les fiches méthode et les comptes rendus du groupe seront publiés sur le site de Cap Rural : nous espérons qu'ils vous seront utiles.

        {Retention(erasedOn, "Vos")}
        """);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The promise Registration's retention keeps: the same delay, the same date.</summary>
    private static string Retention(DateOnly erasedOn, string lead) =>
        $"{lead} données personnelles (candidature, coordonnées, évaluations) seront effacées automatiquement le {erasedOn.ToString("d MMMM yyyy", French)}. " +
        "Vous pouvez aussi demander leur effacement dès maintenant avec le lien de votre candidature.";
}
