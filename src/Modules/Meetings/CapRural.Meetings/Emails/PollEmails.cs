using System.Text;
using CapRural.BuildingBlocks.Email;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Emails;

/// <summary>The e-mails asking members which dates suit them.</summary>
internal static class PollEmails
{
    /// <summary>To each member when the poll opens; French then English.</summary>
    public static EmailMessage Opened(Member member, WorkingGroup group, DatePoll poll, string pollLink)
    {
        var french = new StringBuilder();
        var english = new StringBuilder();
        foreach (var option in poll.Options)
        {
            french.Append($"\n  - le {ParisTime.FormatFrench(option.StartsAt)}, jusqu'à {ParisTime.FormatFrenchTime(option.EndsAt)}");
            english.Append($"\n  - {ParisTime.FormatEnglish(option.StartsAt)}, until {ParisTime.ToLocal(option.EndsAt):HH:mm}");
        }

        var frenchDeadline = poll.ClosesAt is { } closes ? $" Le sondage se clôt le {ParisTime.FormatFrench(closes)}." : "";
        var englishDeadline = poll.ClosesAt is { } closesAt ? $" The poll closes on {ParisTime.FormatEnglish(closesAt)}." : "";
        return new(
            member.Email,
            $"Sondage de dates : {poll.Title} / Date poll",
            $"""
            Bonjour {member.FirstName},

            Le groupe de travail « {group.Name} » cherche la date de sa prochaine réunion. Les dates proposées (heure de Paris) :
            {french}

            Indiquez pour chacune si elle vous convient (oui, si nécessaire, non) depuis votre espace membre ; vous pourrez changer d'avis tant que le sondage est ouvert.{frenchDeadline}
            {pollLink}

            ---

            Hello {member.FirstName},

            The working group "{group.Name}" is looking for the date of its next meeting. The proposed dates (Paris time):
            {english}

            Say for each whether it suits you (yes, if needed, no) from your member space; you can change your mind while the poll is open.{englishDeadline}
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

        The date poll "{poll.Title}" of the working group "{group.Name}" closes on {ParisTime.FormatEnglish(poll.ClosesAt!.Value)} (Paris time)
        and you have not given your availability yet. It takes a minute:
        {pollLink}
        """);
}
