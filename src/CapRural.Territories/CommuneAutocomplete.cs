namespace CapRural.Territories;

/// <summary>
/// The application form's commune field: what a person types (a name, a postal code, or both),
/// narrowed by department. Filters apply before the limit, and among names that match equally the
/// larger commune comes first: "clermont" gives Clermont-Ferrand before the villages named Clermont.
/// </summary>
public static class CommuneAutocomplete
{
    // Wide enough that re-ranking the name matches by whole words finds the right first ones.
    private const int Candidates = 1000;

    public static IReadOnlyList<Commune> Find(this Gazetteer gazetteer, string? query, string? department, string? postalCode, int limit)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var digits = words.Where(w => w.All(char.IsAsciiDigit)).ToList();
        var name = string.Join(' ', words.Where(w => !w.All(char.IsAsciiDigit)));
        var postal = string.IsNullOrWhiteSpace(postalCode) ? digits.FirstOrDefault() : postalCode.Trim();
        var departmentCode = string.IsNullOrWhiteSpace(department) ? null : department.Trim().ToUpperInvariant();

        bool Accept(Commune c) =>
            (departmentCode is null || c.DepartmentCode == departmentCode) &&
            (postal is null || c.PostalCodes.Any(p => p.StartsWith(postal, StringComparison.Ordinal)));

        if (name.Length > 0)
        {
            var wanted = FoldedWords(name);
            return gazetteer.Search(name, Candidates, Accept)
                .OrderBy(c => HasEveryWholeWord(c, wanted) ? 0 : 1)
                .ThenByDescending(c => c.Population)
                .ThenBy(c => c.Code, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
        }

        IEnumerable<Commune> found = postal is { Length: 5 } ? gazetteer.FindByPostalCode(postal)
            : postal is not null ? gazetteer.Communes
            : departmentCode is not null ? gazetteer.CommunesOfDepartment(departmentCode)
            : [];
        return found.Where(Accept)
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>Every word typed is a whole word of the name ("nant" in Nant, not in Nantes).</summary>
    private static bool HasEveryWholeWord(Commune commune, List<string> wanted)
    {
        var words = FoldedWords(commune.Name);
        return wanted.All(words.Contains);
    }

    private static List<string> FoldedWords(string text) =>
        NameFolding.Words(text).ConvertAll(w => NameFolding.Expansion(w) ?? w);
}
