using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;

namespace CapRural.Selection.Features;

public sealed record MyReview(IReadOnlyDictionary<string, int> Scores, string? Comment, bool Recused, DateTimeOffset UpdatedAt);

/// <summary>One review as the coordinator reads it on the candidate: who wrote it, the scores and the comment.</summary>
public sealed record ReviewLine(
    Guid ReviewerKeyId,
    string? ReviewerName,
    IReadOnlyDictionary<string, int> Scores,
    double? Average,
    string? Comment,
    bool Recused,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A candidate on the board. Blind review hides name and organisation from reviewers, the EPCI when it is
/// the employer, and the person's details in the texts (<see cref="BlindText"/>); a reviewer sees the
/// others' scores only once their own review is in.
/// </summary>
public sealed record CandidateItem(
    Guid CandidateId,
    Guid ApplicationId,
    string? Name,
    Sector Sector,
    string Department,
    string? Epci,
    string? Organisation,
    OrganisationType OrganisationType,
    string Role,
    IReadOnlyList<string> Topics,
    string Motivation,
    string? Expectations,
    double? AverageScore,
    IReadOnlyDictionary<string, double> CriterionScores,
    int ReviewCount,
    Decision? Decision,
    Decision? PublishedDecision,
    OfferResponse? Response,
    Guid? SuggestedReplacementId,
    MyReview? MyReview,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The organisation the proposal counts this person in (see the board's <c>organisations</c>); coordinator only.</summary>
    public string? OrganisationKey { get; init; }

    /// <summary>Every review with its author, on the candidate's own page and for the coordinator only; null elsewhere.</summary>
    public IReadOnlyList<ReviewLine>? Reviews { get; init; }
}

internal static class CandidateViews
{
    public static CandidateItem Item(Candidate candidate, SelectionCall call, IReadOnlyCollection<Review> reviews, Caller caller)
    {
        var mine = reviews.FirstOrDefault(r => r.ReviewerKeyId == caller.ApiKeyId);
        var showScores = caller.IsCoordinator || mine is { Recused: false };
        var scores = showScores ? CandidateScores.Of(reviews) : CandidateScores.None;
        var hideIdentity = !caller.IsCoordinator && call.BlindReview;
        string? Shown(string? text) => hideIdentity ? BlindText.Masked(text, candidate) : text;
        return new CandidateItem(
            candidate.Id,
            candidate.ApplicationId,
            hideIdentity ? null : candidate.Name,
            candidate.Sector,
            candidate.DepartmentCode,
            hideIdentity && BlindText.EpciIdentifiesEmployer(candidate) ? null : candidate.EpciName,
            hideIdentity ? null : candidate.Organisation,
            candidate.OrganisationType,
            Shown(candidate.Role)!,
            [.. candidate.Topics.Select(t => Shown(t)!)],
            Shown(candidate.Motivation)!,
            Shown(candidate.Expectations),
            scores.AverageScore,
            scores.ByCriterion,
            reviews.Count(r => !r.Recused),
            candidate.Decision,
            candidate.PublishedDecision,
            candidate.Response,
            caller.IsCoordinator ? candidate.SuggestedReplacementId : null,
            mine is null ? null : new MyReview(mine.Scores, mine.Comment, mine.Recused, mine.UpdatedAt),
            candidate.SubmittedAt)
        {
            OrganisationKey = caller.IsCoordinator ? Organisations.Of(candidate).Key : null,
        };
    }

    public static string ETag(Candidate candidate) => $"\"{candidate.Version}\"";
}
