using System.Globalization;

namespace CapRural.Selection.Emails;

/// <summary>Instants are stored in UTC; people read them as Paris days and hours, written out in French.</summary>
internal static class FrenchDates
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>« 24 mars 2022 à 10h00 (heure de Paris) ».</summary>
    public static string Moment(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Paris).ToString("d MMMM yyyy 'à' HH'h'mm", French) + " (heure de Paris)";

    /// <summary>« jeudi 7 avril 2022 ».</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);
}
