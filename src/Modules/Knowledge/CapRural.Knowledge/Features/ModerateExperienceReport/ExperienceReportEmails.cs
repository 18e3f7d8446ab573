using CapRural.BuildingBlocks.Email;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Features.ModerateExperienceReport;

/// <summary>
/// The e-mails that tell the author of a retour d'expérience the coordinator's decision, in French then
/// in English: the decision is taken long after the member's request, whose language is unknown here.
/// The signature is added by the shared e-mail layout.
/// </summary>
internal static class ExperienceReportEmails
{
    private const string Divider = "\n\n— English version below —\n\n";

    public static EmailMessage Accepted(Member author, ExperienceReport report, string sheetLink)
    {
        var shownAs = report.PublishedAuthor is { } name
            ? ($"La fiche vous nomme comme auteur·rice : « {name} », comme vous l'avez choisi.",
                $"The sheet names you as its author, \"{name}\", as you chose.")
            : ($"Comme vous l'avez choisi, la fiche ne vous nomme pas : elle indique « {AuthorLabels.GroupMember} ».",
                $"As you chose, the sheet does not name you: it says \"{AuthorLabels.GroupMemberEnglish}\".");
        return new EmailMessage(
            author.Email,
            $"Votre retour d'expérience est publié / Your experience report is published : {report.Title}",
            $"""
            Bonjour {author.Name},

            La coordination de Cap Rural a accepté votre retour d'expérience « {report.Title} » : il est publié comme fiche
            du centre de ressources, sous licence {SheetRules.DefaultLicence}.
            {shownAs.Item1}

            {sheetLink}
            """ + Divider + $"""
            Hello {author.Name},

            The Cap Rural coordination accepted your experience report "{report.Title}": it is published as a sheet of
            the resource centre, under the {SheetRules.DefaultLicence} licence.
            {shownAs.Item2}

            {sheetLink}
            """);
    }

    public static EmailMessage Rejected(Member author, ExperienceReport report) => new(
        author.Email,
        $"Votre retour d'expérience n'est pas publié / Your experience report is not published : {report.Title}",
        $"""
        Bonjour {author.Name},

        La coordination de Cap Rural a relu votre retour d'expérience « {report.Title} » et ne le publie pas, pour ce motif :

        {report.RejectionReason}

        Il n'est pas publié et votre nom n'apparaît nulle part. Vous pouvez en proposer une nouvelle version depuis votre espace membre.
        """ + Divider + $"""
        Hello {author.Name},

        The Cap Rural coordination read your experience report "{report.Title}" and does not publish it, for this reason:

        {report.RejectionReason}

        It is not published and your name appears nowhere. You may send a new version from your member space.
        """);
}
