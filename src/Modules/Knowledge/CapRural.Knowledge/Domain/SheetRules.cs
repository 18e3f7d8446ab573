namespace CapRural.Knowledge.Domain;

/// <summary>Limits and vocabulary of a method sheet.</summary>
internal static class SheetRules
{
    public const int TitleMax = 200;
    public const int SummaryMax = 1_000;
    public const int BodyMax = 100_000;
    public const int MaxThemes = 15;
    public const int ThemeMax = 60;
    public const int MaxAuthors = 20;
    public const int AuthorMax = 120;
    public const int LicenceMax = 60;
    public const int SlugMax = 80;
    public const string DefaultLicence = "CC BY-SA 4.0";

    /// <summary>The themes of the call; anything else a coordinator types is kept as a free tag.</summary>
    public static readonly IReadOnlyList<string> Vocabulary =
    [
        "alimentation",
        "économie",
        "mobilité",
        "culture",
        "petite enfance",
        "convention territoriale globale",
        "pauvreté-précarité",
        "transitions",
        "attractivité",
        "services à la population",
    ];

    private static readonly Dictionary<string, string> VocabularyByKey =
        Vocabulary.ToDictionary(ThemeKey, theme => theme, StringComparer.Ordinal);

    /// <summary>How themes are compared: "Mobilite" and "mobilité" are the same theme.</summary>
    public static string ThemeKey(string theme) => TextFolding.Fold(theme);

    /// <summary>Vocabulary themes take their canonical spelling; free tags are trimmed; duplicates go.</summary>
    public static List<string> NormaliseThemes(IEnumerable<string> themes) =>
        [.. themes
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Select(t => VocabularyByKey.GetValueOrDefault(ThemeKey(t), t))
            .DistinctBy(ThemeKey)];
}
