using System.Globalization;
using System.Text;

namespace CapRural.Knowledge.Domain;

/// <summary>
/// Reduces French text to lower-case ASCII words separated by single spaces, so that search and
/// slugs ignore accents, case and punctuation: "École d'été" gives "ecole d ete".
/// </summary>
internal static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letters = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => char.IsLetterOrDigit(c) && c < 128 ? char.ToLowerInvariant(c).ToString() : null,
            };
            if (letters is null)
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(letters);
        }

        return folded.ToString();
    }

    /// <summary>"Diagnostic partagé de territoire" gives "diagnostic-partage-de-territoire".</summary>
    public static string Slug(string? title)
    {
        var words = Fold(title);
        if (words.Length > SheetRules.SlugMax)
        {
            // Cut at a word boundary so a slug never ends in half a word.
            var cut = words.LastIndexOf(' ', SheetRules.SlugMax);
            words = words[..(cut > 0 ? cut : SheetRules.SlugMax)];
        }

        return words.Length == 0 ? "fiche" : words.Replace(' ', '-');
    }

    /// <summary>The first of <paramref name="baseSlug"/>, -2, -3… that is not taken.</summary>
    public static string FirstFree(string baseSlug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
