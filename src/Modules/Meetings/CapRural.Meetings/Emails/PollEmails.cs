using System.Text;
using CapRural.BuildingBlocks.Email;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Emails;

/// <summary>The e-mail asking members which dates suit them.</summary>
internal static class PollEmails
{
    public static EmailMessage Opened(Member member, WorkingGroup group, DatePoll poll, string pollLink)
    {
        var dates = new StringBuilder();
        foreach (var option in poll.Options)
        {
            dates.Append($"\n  - le {ParisTime.FormatFrench(option.StartsAt)}, jusqu'à {ParisTime.FormatFrenchTime(option.EndsAt)}");
        }

        return new(
            member.Email,
            $"Sondage de dates : {poll.Title}",
            $"""
            Bonjour {member.FirstName},

            Le groupe de travail « {group.Name} » cherche la date de sa prochaine réunion. Les dates proposées (heure de Paris) :
            {dates}

            Indiquez pour chacune si elle vous convient (oui, si nécessaire, non) depuis votre espace membre ; vous pourrez changer d'avis tant que le sondage est ouvert :
            {pollLink}
            """);
    }

    /// <summary>The day before the deadline, to a member who has not voted; French then English.</summary>
    public static EmailMessage DeadlineReminder(Member member, WorkingGroup group, DatePoll poll, string pollLink) => new(
        member.Email,
        $"Rappel : sondage de dates « {poll.Title} » / Reminder: date poll",
        $"""
        Bonjour {member.FirstName},

        Le sondage de dates « {poll.Title} » du groupe de travail « {group.Name} » se clôt le {ParisTime.FormatFrench(poll.ClosesAt!.Value)} (heure de Paris)
        et vous n'avez pas encore indiqué vos disponibilités. Il suffit d'une minute :
        {pollLink}

        ---

        Hello {member.FirstName},

        The date poll "{poll.Title}" of the working group "{group.Name}" closes on {ParisTime.FormatIso(poll.ClosesAt!.Value).Replace('T', ' ')} (Paris time)
        and you have not given your availability yet. It takes a minute:
        {pollLink}
        """);
}
