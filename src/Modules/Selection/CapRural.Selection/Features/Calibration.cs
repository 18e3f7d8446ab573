using CapRural.BuildingBlocks.Errors;
using CapRural.Selection.Domain;

namespace CapRural.Selection.Features;

/// <summary>Which scores the proposal ranks on: the reviews' raw averages, or the averages calibrated per reviewer.</summary>
public enum ScoreBasis
{
    Raw,
    Calibrated,
}

/// <summary>
/// How a reviewer scores against the panel: the mean and spread of (their score − the other reviewers' mean) over
/// the candidates they share; <c>calibrated</c> false means their raw scores are used, and <c>note</c> says why.
/// </summary>
public sealed record ReviewerSeverity(Guid ReviewerKeyId, double? MeanDifference, double? Spread, int SharedCandidates, bool Calibrated, string? Note);

/// <summary>One reviewer's average score for one candidate.</summary>
internal sealed record ReviewScore(Guid CandidateId, Guid ReviewerKeyId, double Score);

/// <summary>
/// Per-reviewer calibration: each reviewer's scores become z-scores against their own mean and spread, averaged per
/// candidate and mapped back to 0–5 with the panel's mean and spread. Too few shared candidates says nothing about a
/// reviewer's severity, so below <see cref="MinSharedCandidates"/> (or with no spread) their raw scores are kept.
/// </summary>
internal static class Calibration
{
    public const int MinSharedCandidates = 3;

    public static List<ReviewScore> Scores(IEnumerable<Review> reviews) =>
        [.. reviews.Where(r => !r.Recused).Select(r => new ReviewScore(r.CandidateId, r.ReviewerKeyId, r.Average))];

    public static List<ReviewerSeverity> Severities(IReadOnlyCollection<ReviewScore> scores)
    {
        var byCandidate = scores.ToLookup(s => s.CandidateId);
        return [.. scores.GroupBy(s => s.ReviewerKeyId).OrderBy(g => g.Key).Select(reviewer =>
        {
            var differences = reviewer
                .Select(s => (Own: s.Score, Others: byCandidate[s.CandidateId].Where(o => o.ReviewerKeyId != reviewer.Key).ToList()))
                .Where(p => p.Others.Count > 0)
                .Select(p => p.Own - p.Others.Average(o => o.Score))
                .ToList();
            var calibrated = IsCalibrated(differences.Count, reviewer.Select(s => s.Score).ToList());
            return new ReviewerSeverity(
                reviewer.Key,
                differences.Count == 0 ? null : Math.Round(differences.Average(), 2),
                differences.Count == 0 ? null : Math.Round(Deviation(differences), 2),
                differences.Count,
                calibrated,
                calibrated ? null : Localized.Pick(
                    $"Pas de calibrage : {differences.Count} candidature(s) en commun avec d'autres évaluateurs (il en faut {MinSharedCandidates}) ou des notes toutes égales ; ses notes brutes sont utilisées.",
                    $"Not calibrated: {differences.Count} candidate(s) shared with other reviewers ({MinSharedCandidates} needed) or all scores equal; their raw scores are used."));
        })];
    }

    /// <summary>The calibrated score of each reviewed candidate, from 0 to 5.</summary>
    public static Dictionary<Guid, double> CalibratedScores(IReadOnlyCollection<ReviewScore> scores)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var calibrated = Severities(scores).Where(s => s.Calibrated).Select(s => s.ReviewerKeyId).ToHashSet();
        var panelMean = scores.Average(s => s.Score);
        var panelSpread = Deviation([.. scores.Select(s => s.Score)]);
        var ownMoments = scores.GroupBy(s => s.ReviewerKeyId)
            .ToDictionary(g => g.Key, g => (Mean: g.Average(s => s.Score), Spread: Deviation([.. g.Select(s => s.Score)])));
        return scores.GroupBy(s => s.CandidateId).ToDictionary(g => g.Key, g => Math.Round(Math.Clamp(g.Average(s =>
        {
            if (!calibrated.Contains(s.ReviewerKeyId))
            {
                return s.Score;
            }

            var (mean, spread) = ownMoments[s.ReviewerKeyId];
            return panelMean + ((s.Score - mean) / spread * panelSpread);
        }), Review.MinScore, Review.MaxScore), 2));
    }

    private static bool IsCalibrated(int shared, List<double> own) => shared >= MinSharedCandidates && Deviation(own) > 0;

    /// <summary>Population standard deviation: the spread of the scores actually given, not an estimate of a wider one.</summary>
    private static double Deviation(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
