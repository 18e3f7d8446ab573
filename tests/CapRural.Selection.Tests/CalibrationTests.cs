using CapRural.Selection.Features;

namespace CapRural.Selection.Tests;

public sealed class CalibrationTests
{
    private static readonly Guid Fair1 = Guid.NewGuid(), Fair2 = Guid.NewGuid(), Harsh = Guid.NewGuid(), Newcomer = Guid.NewGuid();

    // Fair scores of five candidates, best first: the fair ranking is c[0] > c[1] > … > c[4].
    private static readonly Guid[] Candidates = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())];
    private static readonly double[] Fair = [4.5, 4, 3, 2, 1.5];

    [Fact]
    public void A_reviewer_one_point_harsher_on_every_shared_candidate_has_a_severity_of_minus_one_and_calibration_restores_the_fair_ranking()
    {
        // The harsh reviewer scores the two best candidates alone with the second fair reviewer, and all of them one point lower.
        List<ReviewScore> scores =
        [
            .. Candidates.Select((c, i) => new ReviewScore(c, Fair1, Fair[i])),
            .. Candidates.Skip(2).Select((c, i) => new ReviewScore(c, Fair2, Fair[i + 2])),
            .. Candidates.Select((c, i) => new ReviewScore(c, Harsh, Fair[i] - 1)),
        ];

        var harsh = Calibration.Severities(scores).Single(s => s.ReviewerKeyId == Harsh);
        Assert.Equal(-1, harsh.MeanDifference!.Value, 2);
        Assert.Equal(0, harsh.Spread!.Value, 2);
        Assert.Equal(5, harsh.SharedCandidates);
        Assert.True(harsh.Calibrated);

        var calibrated = Calibration.CalibratedScores(scores);
        Assert.Equal(Candidates, calibrated.OrderByDescending(p => p.Value).Select(p => p.Key));
        Assert.All(calibrated.Values, v => Assert.InRange(v, 0, 5));
    }

    [Fact]
    public void A_reviewer_with_fewer_than_three_shared_candidates_is_not_calibrated_and_their_raw_score_is_used()
    {
        List<ReviewScore> scores =
        [
            .. Candidates.Select((c, i) => new ReviewScore(c, Fair1, Fair[i])),
            .. Candidates.Select((c, i) => new ReviewScore(c, Fair2, Fair[i])),
            new(Candidates[0], Newcomer, 1),
            new(Candidates[1], Newcomer, 5),
        ];

        var newcomer = Calibration.Severities(scores).Single(s => s.ReviewerKeyId == Newcomer);
        Assert.False(newcomer.Calibrated);
        Assert.Equal(2, newcomer.SharedCandidates);
        Assert.Contains("3", newcomer.Note!, StringComparison.Ordinal);
        Assert.True(Calibration.Severities(scores).Single(s => s.ReviewerKeyId == Fair1).Calibrated);
    }

    [Fact]
    public void A_reviewer_who_gives_every_candidate_the_same_score_is_not_calibrated()
    {
        List<ReviewScore> scores =
        [
            .. Candidates.Select((c, i) => new ReviewScore(c, Fair1, Fair[i])),
            .. Candidates.Select(c => new ReviewScore(c, Harsh, 3)),
        ];

        Assert.False(Calibration.Severities(scores).Single(s => s.ReviewerKeyId == Harsh).Calibrated);
        Assert.Empty(Calibration.CalibratedScores([]));
    }
}
