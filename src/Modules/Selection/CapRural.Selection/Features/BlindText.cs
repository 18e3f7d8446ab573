using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;

namespace CapRural.Selection.Features;

/// <summary>
/// What blind review hides beyond the name and organisation fields: the EPCI when it is the employer, and
/// every mention of the person in the texts reviewers read — their names, e-mail, phone, organisation, the
/// commune or EPCI that employs them, and whatever the coordinator chose to redact.
/// </summary>
internal static class BlindText
{
    public const string Mask = "[masqué]";

    /// <summary>What people put between the digits of a phone number.</summary>
    private const string Gap = @"[\s.\-]*";

    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>
    /// The EPCI names the employer when the person works for it (an intercommunality, or an organisation
    /// named after it) or for one of its communes (a commune of a few thousand people is as telling).
    /// </summary>
    public static bool EpciIdentifiesEmployer(Candidate candidate) =>
        candidate.OrganisationType is OrganisationType.Intercommunality or OrganisationType.Commune
        || (candidate.EpciName is { } epci && Contains(candidate.Organisation, epci));

    public static string? Masked(string? text, Candidate candidate)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = PhonePattern(candidate.Phone) is { } phone ? phone.Replace(text, Mask) : text;
        foreach (var term in Terms(candidate))
        {
            masked = Replace(masked, term);
        }

        return masked;
    }

    /// <summary>Longest first, so "Communauté de communes du Livradois" goes before "Livradois".</summary>
    private static IEnumerable<string> Terms(Candidate candidate)
    {
        var terms = new List<string?> { candidate.Name, candidate.FirstName, candidate.LastName, candidate.Email, candidate.Organisation };
        if (EpciIdentifiesEmployer(candidate))
        {
            terms.Add(candidate.EpciName);
            terms.Add(candidate.CommuneName);
        }

        terms.AddRange(candidate.Redactions);
        return terms
            .Where(t => t is { Length: >= 2 })
            .Select(t => t!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length);
    }

    /// <summary>Every whole-word occurrence, whatever the case and accents.</summary>
    private static string Replace(string text, string term)
    {
        var builder = new StringBuilder(text.Length);
        var from = 0;
        while (from < text.Length)
        {
            var at = Compare.IndexOf(text.AsSpan(from), term, Loose, out var length);
            if (at < 0)
            {
                break;
            }

            at += from;
            var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));
            builder.Append(text, from, at - from).Append(whole ? Mask : text.Substring(at, length));
            from = at + Math.Max(length, 1);
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    private static bool Contains(string text, string term) => Compare.IndexOf(text, term, Loose) >= 0;

    /// <summary>The phone's digits however they are spaced or dotted, and with +33 for the leading 0.</summary>
    private static Regex? PhonePattern(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 6)
        {
            return null;
        }

        var national = digits.StartsWith('0') ? digits[1..] : digits;
        var spaced = string.Join(Gap, national.Select(c => c.ToString()));
        return new Regex($@"(?<!\d)(?:0|\+\s?33\s?(?:\(0\))?)?{Gap}{spaced}(?!\d)", RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
