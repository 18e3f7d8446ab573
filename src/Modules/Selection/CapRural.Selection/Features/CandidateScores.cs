using CapRural.Selection.Domain;

namespace CapRural.Selection.Features;

/// <summary>A candidate's scores over the reviews submitted so far (recusals do not count).</summary>
internal sealed record CandidateScores(double? AverageScore, IReadOnlyDictionary<string, double> ByCriterion, int ReviewCount)
{
    public static readonly CandidateScores None = new(null, new Dictionary<string, double>(), 0);

    public static CandidateScores Of(IEnumerable<Review> reviews)
    {
        var scored = reviews.Where(r => !r.Recused).ToList();
        if (scored.Count == 0)
        {
            return None;
        }

        var byCriterion = scored.SelectMany(r => r.Scores)
            .GroupBy(s => s.Key)
            .ToDictionary(g => g.Key, g => Math.Round(g.Average(s => s.Value), 2));
        return new CandidateScores(Math.Round(scored.Average(r => r.Average), 2), byCriterion, scored.Count);
    }
}
