using System.Globalization;

namespace CapRural.Registration.Domain;

/// <summary>Times are stored in UTC and shown to people in Europe/Paris.</summary>
internal static class ParisTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy 'à' HH'h'mm", CultureInfo.InvariantCulture);
}
