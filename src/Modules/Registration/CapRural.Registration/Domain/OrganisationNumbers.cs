namespace CapRural.Registration.Domain;

/// <summary>
/// SIREN (9 digits) and SIRET (14 digits) as INSEE issues them: both end with a Luhn check digit, so a
/// mistyped digit or two swapped neighbours are caught. Spaces and dots as people write them are ignored.
/// </summary>
internal static class OrganisationNumbers
{
    public const int SirenLength = 9;
    public const int SiretLength = 14;

    /// <summary>The digits alone, or null for an empty field.</summary>
    public static string? Clean(string? value)
    {
        var cleaned = value?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    public static bool IsValid(string? value, int length)
    {
        var digits = Clean(value);
        return digits is null || (digits.Length == length && digits.All(char.IsAsciiDigit) && LuhnHolds(digits));
    }

    private static bool LuhnHolds(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
