using System.Globalization;

namespace CapRural.BuildingBlocks.Errors;

/// <summary>
/// Picks the French or English text of a message a person reads.
/// French is the default; the request culture comes from Accept-Language.
/// </summary>
public static class Localized
{
    public static string Pick(string french, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : french;
}
