using CapRural.Selection.Domain;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Features;

internal static class ProposalInputs
{
    /// <summary>What the proposal sees of a candidate: an unreviewed candidate scores 0; a calibrated score, when given, replaces the raw average.</summary>
    public static ProposalCandidate From(Candidate candidate, IEnumerable<Review> reviews, double? calibrated = null)
    {
        var scores = CandidateScores.Of(reviews);
        return new ProposalCandidate(
            candidate.Id, candidate.Sector, candidate.DepartmentCode, Organisations.Of(candidate).Key,
            calibrated ?? scores.AverageScore ?? 0, scores.ReviewCount, candidate.SubmittedAt);
    }
}
