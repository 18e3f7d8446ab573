using System.Text;

namespace CapRural.Territories;

/// <summary>
/// Reduces a place name to lower-case ASCII words separated by single spaces, so
/// that accents, case, hyphens and apostrophes do not matter: "Saint-Étienne",
/// "saint etienne" and "SAINT ETIENNE" all give "saint etienne".
/// </summary>
internal static class NameFolding
{
    // Latin-1 Supplement and Latin Extended-A cover every letter of French place
    // names; each maps to its base letter(s), or to nothing for non-letters.
    private const char First = '\u00C0';
    private const char Last = '\u017F';
    private static readonly string[] Latin = BuildLatinTable();

    /// <summary>Abbreviations written for saint/sainte.</summary>
    public static string? Expansion(ReadOnlySpan<char> word) => word switch
    {
        "st" => "saint",
        "ste" => "sainte",
        "sts" => "saints",
        "stes" => "saintes",
        _ => null,
    };

    /// <summary>Room <see cref="Fold"/> needs: a ligature (œ, æ, ß) folds into two letters.</summary>
    public static int MaxFoldedLength(int textLength) => 2 * textLength;

    /// <returns>The length of the folded text written to <paramref name="destination"/>.</returns>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Emit(destination, ref length, ref pendingSpace, char.ToLowerInvariant(c));
                }
                else
                {
                    pendingSpace = true;
                }
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                // Combining accent of decomposed input: drop it, the word goes on.
            }
            else if (c is >= First and <= Last)
            {
                var folded = Latin[c - First];
                pendingSpace |= folded.Length == 0;
                foreach (var f in folded)
                {
                    Emit(destination, ref length, ref pendingSpace, f);
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                Emit(destination, ref length, ref pendingSpace, char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    private static void Emit(Span<char> destination, ref int length, ref bool pendingSpace, char c)
    {
        if (pendingSpace && length > 0)
        {
            destination[length++] = ' ';
        }

        pendingSpace = false;
        destination[length++] = c;
    }

    /// <summary>The folded words of a text, abbreviations left as written.</summary>
    public static List<string> Words(string text)
    {
        var buffer = new char[MaxFoldedLength(text.Length)];
        var folded = buffer.AsSpan(0, Fold(text, buffer));
        var words = new List<string>();
        foreach (var range in folded.Split(' '))
        {
            if (folded[range] is { IsEmpty: false } word)
            {
                words.Add(new string(word));
            }
        }

        return words;
    }

    private static string[] BuildLatinTable()
    {
        var table = new string[Last - First + 1];
        for (var c = First; c <= Last; c++)
        {
            table[c - First] = c switch
            {
                'Æ' or 'æ' => "ae",
                'Œ' or 'œ' => "oe",
                'ß' => "ss",
                'Ð' or 'ð' or 'Đ' or 'đ' => "d",
                'Ø' or 'ø' => "o",
                'Ł' or 'ł' => "l",
                'Þ' or 'þ' => "th",
                'ı' => "i",
                _ => BaseLetter(c),
            };
        }

        return table;
    }

    private static string BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return char.IsAsciiLetter(first) ? char.ToLowerInvariant(first).ToString() : string.Empty;
    }
}
