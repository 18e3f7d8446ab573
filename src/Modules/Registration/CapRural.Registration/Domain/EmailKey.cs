using System.Collections.Frozen;
using System.Text;

namespace CapRural.Registration.Domain;

/// <summary>
/// The form of an address that duplicate detection and "lost link" compare: two spellings a person
/// cannot tell apart on screen are the same address. Only for comparing — e-mails go to the address as typed.
/// </summary>
internal static class EmailKey
{
    // Cyrillic and Greek letters drawn like Latin ones, by case (Greek capital Nu looks like N, small nu like v).
    private static readonly FrozenDictionary<int, char> Lookalikes = new Dictionary<int, char>
    {
        // Cyrillic capitals and small letters
        ['А'] = 'a', ['В'] = 'b', ['Е'] = 'e', ['К'] = 'k', ['М'] = 'm', ['Н'] = 'h', ['О'] = 'o', ['Р'] = 'p',
        ['С'] = 'c', ['Т'] = 't', ['Х'] = 'x', ['У'] = 'y', ['Ѕ'] = 's', ['І'] = 'i', ['Ј'] = 'j', ['Ԛ'] = 'q', ['Ԝ'] = 'w',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's',
        ['і'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
        // Greek capitals and small letters
        ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ζ'] = 'z', ['Η'] = 'h', ['Ι'] = 'i', ['Κ'] = 'k', ['Μ'] = 'm',
        ['Ν'] = 'n', ['Ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Υ'] = 'y', ['Χ'] = 'x',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['υ'] = 'u', ['ϲ'] = 'c', ['ϳ'] = 'j',
        // Latin letters without their dot or with another shape
        ['ı'] = 'i', ['ɡ'] = 'g',
    }.ToFrozenDictionary();

    public static string Of(string email)
    {
        // NFKC folds compatibility forms (full-width letters, ligatures, non-breaking spaces) to plain ones.
        var text = email.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // Zero-width spaces and joiners, soft hyphens, byte-order marks: format characters nobody sees.
            if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (Lookalikes.TryGetValue(rune.Value, out var latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        var key = builder.ToString().Trim();
        // "example.org." is the fully qualified spelling of "example.org": the same mailbox.
        var at = key.LastIndexOf('@');
        return at < 0 ? key : string.Concat(key.AsSpan(0, at + 1), key.AsSpan(at + 1).TrimEnd('.'));
    }
}
