namespace CapRural.Knowledge.Domain;

internal static class AuthorNames
{
    /// <summary>The authors with <paramref name="name"/> replaced, or null when it is not among them.</summary>
    public static List<string>? Replaced(IReadOnlyList<string> authors, string name, string replacement)
    {
        if (!authors.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        // A new list, so the change is seen; two erased co-authors do not show the label twice.
        return [.. authors.Select(a => string.Equals(a, name, StringComparison.Ordinal) ? replacement : a).Distinct(StringComparer.Ordinal)];
    }
}
