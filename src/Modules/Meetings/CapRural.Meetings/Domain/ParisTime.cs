using System.Globalization;

namespace CapRural.Meetings.Domain;

/// <summary>Meeting times are entered and shown in Europe/Paris and stored in UTC.</summary>
internal static class ParisTime
{
    public const string ZoneId = "Europe/Paris";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Reads "2022-04-07T09:30" as a wall-clock time in Paris, without offset.</summary>
    public static bool TryParseLocal(string? text, out DateTime local) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    /// <summary>
    /// The instant of a Paris wall-clock time; null when the clock skips it (the spring change, 02:00–03:00).
    /// An hour that occurs twice (the autumn change) is read as its first occurrence, summer time.
    /// </summary>
    public static DateTimeOffset? ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>"2022-04-07T09:30", the shape clients send and read back.</summary>
    public static string FormatIso(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"jeudi 7 avril 2022 à 09h30", for e-mails.</summary>
    public static string FormatFrench(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dddd d MMMM yyyy 'à' HH'h'mm", CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>"Thursday 7 April 2022 at 09:30", for the English half of e-mails.</summary>
    public static string FormatEnglish(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public static string FormatFrenchTime(DateTimeOffset instant) =>
        ToLocal(instant).ToString("HH'h'mm", CultureInfo.InvariantCulture);
}
