using System.Globalization;
using System.Text;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;

namespace CapRural.Meetings.Features.GetCycleReport;

/// <summary>The year's report as a French Markdown document for Cap Rural's board.</summary>
internal static class CycleReportMarkdown
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Write(CycleReportView report)
    {
        var plan = report.Plan;
        var text = new StringBuilder();
        text.Append(French, $"# Bilan {report.Year} — {Cell(report.GroupName)}\n\n");
        text.Append(French, $"- Réunions tenues : **{plan.Held}** sur un objectif de {plan.Target} par an\n");
        text.Append(French, $"- Prévues : {plan.Planned} · annulées : {plan.Cancelled} · à clôturer : {plan.ToClose}\n");
        text.Append(French, $"- Membres du groupe : {report.MemberCount}\n");
        text.Append(French, $"- Comptes rendus : {report.MinutesRecorded}\n");
        text.Append(French, $"- Fiches méthode produites : {report.SheetsProduced}\n\n");
        text.Append("## Réunions\n\n");
        text.Append("| Date | Réunion | Statut | Format | Lieu | Présent·es | Dév. local | Action sociale | km total | km max | Actions ouvertes |\n");
        text.Append("| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var m in report.Meetings)
        {
            var venue = m.VenueName is null ? "—" : $"{Cell(m.VenueName)} ({Cell(m.VenueCommune ?? "")})";
            text.Append(French, $"| {m.StartsAt.Replace('T', ' ')} | {Cell(m.Title)} | {Status(m)} | {Format(m.Format)} | {venue} | ");
            text.Append(French, $"{Number(m.Present)} | {Number(m.PresentLocalDevelopment)} | {Number(m.PresentSocialAction)} | ");
            text.Append(French, $"{Km(m.TotalKm)} | {Km(m.MaxKm)} | {m.OpenActionItems} |\n");
        }

        text.Append("\n## Présences de l'année par secteur\n\n");
        text.Append(French, $"- Développement local : {report.AttendanceBySector.LocalDevelopment}\n");
        text.Append(French, $"- Action sociale : {report.AttendanceBySector.SocialAction}\n");
        if (report.Sheets.Count > 0)
        {
            text.Append("\n## Fiches méthode produites\n\n");
            foreach (var sheet in report.Sheets)
            {
                text.Append(French, $"- {Cell(sheet.Title)} (publiée le {sheet.PublishedAt[..10]})\n");
            }
        }

        if (plan.ToClose > 0)
        {
            text.Append(French, $"\n> {plan.ToClose} réunion(s) passée(s) à clôturer : enregistrer le compte rendu ou l'annulation.\n");
        }

        return text.ToString();
    }

    // A title with a pipe or a line break would break the table's row.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Status(ReportMeetingView m) => m.ToClose ? "à clôturer" : m.Status switch
    {
        MeetingStatus.Held => "tenue",
        MeetingStatus.Cancelled => "annulée",
        _ => "prévue",
    };

    private static string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "présentiel",
        MeetingFormat.Remote => "à distance",
        _ => "hybride",
    };

    private static string Number(int? value) => value?.ToString(French) ?? "—";

    private static string Km(double? value) => value?.ToString("0.0", French) ?? "—";
}
