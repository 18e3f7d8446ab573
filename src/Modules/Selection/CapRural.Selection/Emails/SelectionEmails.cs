using CapRural.BuildingBlocks.Email;
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
        {FirstMeeting(call)}

        Merci de confirmer votre participation, ou de nous dire que vous y renoncez, avec ce lien personnel, avant le {FrenchDates.Moment(candidate.ResponseDueAt!.Value)} :
        {confirmationLink}

        Sans réponse à cette date, ou si vous renoncez, votre place sera proposée à une personne de la liste d'attente.
        Ce lien est privé : ne le transférez pas.
        """);

    public static EmailMessage NewConfirmationLink(Candidate candidate, SelectionCall call, string confirmationLink) => new(
        candidate.Email!,
        $"Votre lien de confirmation : {call.WorkingGroupName}",
        $"""
        Bonjour {candidate.FirstName},

        Voici un nouveau lien personnel pour votre place dans le groupe de travail « {call.WorkingGroupName} » ; le précédent ne fonctionne plus.
        {WhatTheLinkDoes(candidate)}
        {confirmationLink}

        {FirstMeeting(call)}
        Ce lien est privé : ne le transférez pas. Si vous n'avez rien demandé, ignorez ce message.
        """);

    public static EmailMessage Lapsed(Candidate candidate, SelectionCall call) => new(
        candidate.Email!,
        $"Votre place n'a pas été confirmée : {call.WorkingGroupName}",
        $"""
        Bonjour {candidate.FirstName},

        Nous n'avons pas reçu votre réponse avant le {FrenchDates.Moment(candidate.ResponseDueAt!.Value)} : votre place dans le groupe de travail
        « {call.WorkingGroupName} » a donc été proposée à une personne de la liste d'attente.
        Si vous souhaitez toujours participer, écrivez à la coordination : nous vous dirons si une place se libère.
        """);

    private static string WhatTheLinkDoes(Candidate candidate) => candidate.Response == OfferResponse.Confirmed
        ? "Vous avez déjà confirmé votre participation : ce lien vous permet d'y renoncer si vos projets changent."
        : "Merci de confirmer votre participation, ou de nous dire que vous y renoncez" +
          (candidate.ResponseDueAt is { } due ? $", avant le {FrenchDates.Moment(due)}." : ".");

    private static string FirstMeeting(SelectionCall call) => call.FirstMeetingOn is { } day
        ? $"La première rencontre du groupe est prévue le {FrenchDates.Day(day)}."
        : "La date de la première rencontre vous sera annoncée prochainement.";

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

    /// <summary>The promise Registration's retention keeps: the same delay, the same date.</summary>
    private static string Retention(DateOnly erasedOn, string lead) =>
        $"{lead} données personnelles (candidature, coordonnées, évaluations) seront effacées automatiquement le {erasedOn.ToString("d MMMM yyyy", FrenchDates.French)}. " +
        "Vous pouvez aussi demander leur effacement dès maintenant avec le lien de votre candidature.";
}
