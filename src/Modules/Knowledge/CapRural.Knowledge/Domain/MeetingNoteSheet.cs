using System.Globalization;

namespace CapRural.Knowledge.Domain;

/// <summary>The method sheet draft a meeting note starts: the minutes as body, the meeting's themes, the group as author.</summary>
internal static class MeetingNoteSheet
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static SheetContent Content(MeetingNote note)
    {
        var day = TimeZoneInfo.ConvertTime(note.StartsAtUtc, Paris).ToString("d MMMM yyyy", French);
        var summary = $"Compte rendu de la réunion « {note.Title} » du groupe {note.GroupName}, le {day}.";
        return new SheetContent(
            Cut(note.Title, SheetRules.TitleMax),
            Cut(summary, SheetRules.SummaryMax),
            Cut(note.Minutes, SheetRules.BodyMax),
            [.. SheetRules.NormaliseThemes(note.Themes.Select(t => Cut(t, SheetRules.ThemeMax))).Take(SheetRules.MaxThemes)],
            string.IsNullOrWhiteSpace(note.GroupName) ? [] : [Cut(note.GroupName, SheetRules.AuthorMax)],
            SheetRules.DefaultLicence,
            note.MeetingId);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text.Trim() : text[..max].Trim();
}
