using System.Text;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.Meetings.Calendar;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Emails;

/// <summary>The French e-mails members receive: welcome with their private token, invitations, changes.</summary>
internal static class MeetingsEmails
{
    public static EmailMessage Welcome(Member member, WorkingGroup group, string token, string memberLink) => new(
        member.Email,
        $"Bienvenue dans le groupe de travail : {group.Name}",
        $"""
        Bonjour {member.FirstName},

        Merci d'avoir confirmé votre participation : vous faites désormais partie du groupe de travail « {group.Name} ».
        Le groupe prévoit {group.MeetingsPerYear} réunions par an ; vous recevrez une invitation pour chacune.

        Votre espace membre, pour répondre aux invitations et retrouver le calendrier du groupe :
        {memberLink}

        Votre jeton de membre (en-tête X-Member-Token pour les outils qui le demandent) :
        {token}

        Ce lien et ce jeton sont personnels : ne les transférez pas.
        """);

    public static EmailMessage Invitation(Member member, WorkingGroup group, Meeting meeting, Venue? venue, string replyLink, string ics) => new(
        member.Email,
        $"Invitation : {meeting.Title} — {ParisTime.FormatFrench(meeting.StartsAt)}",
        $"""
        Bonjour {member.FirstName},

        Vous êtes invité·e à la prochaine réunion du groupe de travail « {group.Name} ».

        {Details(meeting, venue)}

        Merci d'indiquer si vous viendrez en présentiel, à distance, ou si vous serez absent·e, depuis votre espace membre :
        {replyLink}

        L'invitation est jointe (fichier .ics) pour l'ajouter à votre agenda.
        """,
        [MeetingCalendar.Attachment(ics)]);

    public static EmailMessage Changed(Member member, WorkingGroup group, Meeting meeting, Venue? venue, string replyLink, string ics, string? replyNote) => new(
        member.Email,
        $"Changement : {meeting.Title} — {ParisTime.FormatFrench(meeting.StartsAt)}",
        $"""
        Bonjour {member.FirstName},

        La réunion du groupe de travail « {group.Name} » change. Voici ce qui est prévu désormais :

        {Details(meeting, venue)}

        {replyNote ?? "Si votre réponse change, mettez-la à jour depuis votre espace membre :"}
        {replyLink}

        L'invitation mise à jour est jointe (fichier .ics) : votre agenda remplacera l'ancienne.
        """,
        [MeetingCalendar.Attachment(ics)]);

    public static EmailMessage Reminder(Member member, WorkingGroup group, Meeting meeting, Venue? venue, string replyLink, string ics) => new(
        member.Email,
        $"Rappel : {meeting.Title} — {ParisTime.FormatFrench(meeting.StartsAt)}",
        $"""
        Bonjour {member.FirstName},

        La prochaine réunion du groupe de travail « {group.Name} » approche :

        {Details(meeting, venue)}

        Si ce n'est pas déjà fait, indiquez si vous viendrez en présentiel, à distance, ou si vous serez absent·e :
        {replyLink}
        """,
        [MeetingCalendar.Attachment(ics)]);

    public static EmailMessage Cancelled(Member member, WorkingGroup group, Meeting meeting, string ics) => new(
        member.Email,
        $"Annulation : {meeting.Title} — {ParisTime.FormatFrench(meeting.StartsAt)}",
        $"""
        Bonjour {member.FirstName},

        La réunion « {meeting.Title} » du groupe de travail « {group.Name} », prévue le {ParisTime.FormatFrench(meeting.StartsAt)}, est annulée.
        La pièce jointe (fichier .ics) la retire de votre agenda.
        """,
        [MeetingCalendar.Attachment(ics)]);

    public static EmailMessage Minutes(Member member, WorkingGroup group, Meeting meeting, IReadOnlyList<string>? present, bool correction) => new(
        member.Email,
        $"{(correction ? "Compte rendu corrigé" : "Compte rendu")} : {meeting.Title} — {ParisTime.FormatFrench(meeting.StartsAt)}",
        $"""
        Bonjour {member.FirstName},

        {(correction ? "Le compte rendu de la réunion a été corrigé ; voici sa nouvelle version." : "Voici le compte rendu de la réunion du groupe de travail.")}
        Groupe : {group.Name}
        Réunion : {meeting.Title}, le {ParisTime.FormatFrench(meeting.StartsAt)}

        {Attendance(present)}

        ---

        {meeting.Minutes}

        ---

        Vous retrouvez les comptes rendus du groupe dans votre espace membre.
        """);

    private static string Attendance(IReadOnlyList<string>? present) => present switch
    {
        null => "Présences : pas encore notées.",
        [] => "Présences : personne n'a été noté·e présent·e.",
        _ => $"Présent·es ({present.Count}) : {string.Join(", ", present)}",
    };

    private static string Details(Meeting meeting, Venue? venue)
    {
        var text = new StringBuilder();
        text.Append($"Quand : le {ParisTime.FormatFrench(meeting.StartsAt)}, jusqu'à {ParisTime.FormatFrenchTime(meeting.EndsAt)} (heure de Paris)\n");
        text.Append("Format : ").Append(meeting.Format switch
        {
            MeetingFormat.InPerson => "en présentiel",
            MeetingFormat.Remote => "à distance",
            _ => "hybride (en présentiel ou à distance)",
        });
        if (venue is not null && meeting.Format != MeetingFormat.Remote)
        {
            text.Append($"\nOù : {venue.Name}, {venue.Address}, {venue.CommuneName}");
            if (venue.Accessibility is not null)
            {
                text.Append($"\nAccessibilité : {venue.Accessibility}");
            }
        }

        if (meeting.OnlineUrl is not null)
        {
            text.Append($"\nLien de visioconférence : {meeting.OnlineUrl}");
        }

        if (meeting.Agenda.Count > 0)
        {
            text.Append("\nOrdre du jour :");
            foreach (var item in meeting.Agenda)
            {
                text.Append($"\n  - {item}");
            }
        }

        return text.ToString();
    }
}
