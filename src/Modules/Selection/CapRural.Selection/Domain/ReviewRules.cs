namespace CapRural.Selection.Domain;

/// <summary>The rules a review must keep, independent of HTTP: exact criteria, whole marks 0–5, open until publication.</summary>
internal static class ReviewRules
{
    /// <summary>Field → message for every broken rule; empty when the scores can be saved.</summary>
    public static List<(string Field, string Message)> Check(IReadOnlyDictionary<string, int?> scores, IReadOnlyList<string> criteria)
    {
        var problems = new List<(string, string)>();
        foreach (var criterion in criteria.Where(c => !scores.ContainsKey(c)))
        {
            problems.Add(($"scores.{criterion}", $"Note manquante pour le critère « {criterion} » ({Review.MinScore} à {Review.MaxScore})."));
        }

        foreach (var (criterion, score) in scores)
        {
            if (!criteria.Contains(criterion))
            {
                problems.Add(($"scores.{criterion}", $"Critère inconnu « {criterion} » ; critères de l'appel : {string.Join(", ", criteria)}."));
            }
            else if (score is not (>= Review.MinScore and <= Review.MaxScore))
            {
                problems.Add(($"scores.{criterion}", $"La note « {criterion} » doit être un entier de {Review.MinScore} à {Review.MaxScore}."));
            }
        }

        return problems;
    }

    /// <summary>Once the results are out, reviews are the record of how they were reached.</summary>
    public static bool CanChange(SelectionCall call) => call.PublishedAt is null;
}
