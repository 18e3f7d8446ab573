using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Features;

namespace CapRural.Selection.Tests;

/// <summary>What a reviewer can score, what they see, and when it stops changing.</summary>
public sealed class ReviewRulesTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, int?> Marks(int? motivation, int? experience, int? contribution, int? anchoring) => new()
    {
        ["motivation"] = motivation,
        ["experience"] = experience,
        ["contribution"] = contribution,
        ["territorialAnchoring"] = anchoring,
    };

    [Fact]
    public void Every_default_criterion_takes_a_whole_mark_from_zero_to_five()
    {
        var call = SelectionCall.Open(Guid.NewGuid(), "AMI", "Groupe", 20);

        Assert.Empty(ReviewRules.Check(Marks(0, 5, 3, 4), call.CriterionKeys));
        var problems = ReviewRules.Check(Marks(6, -1, 3, null), call.CriterionKeys);

        Assert.Equal(["scores.motivation", "scores.experience", "scores.territorialAnchoring"], problems.Select(p => p.Field));
        Assert.Equal("La note « motivation » doit être un entier de 0 à 5.", problems[0].Message);
    }

    [Fact]
    public void A_missing_or_unknown_criterion_is_named()
    {
        var call = SelectionCall.Open(Guid.NewGuid(), "AMI", "Groupe", 20);
        var scores = Marks(3, 3, 3, 3);
        scores.Remove("contribution");
        scores["charisme"] = 5;

        var problems = ReviewRules.Check(scores, call.CriterionKeys);

        Assert.Contains(problems, p => p.Field == "scores.contribution" && p.Message.StartsWith("Note manquante", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "scores.charisme" && p.Message.StartsWith("Critère inconnu « charisme »", StringComparison.Ordinal));
    }

    [Fact]
    public void Reviews_can_change_until_the_results_are_published()
    {
        var call = SelectionCall.Open(Guid.NewGuid(), "AMI", "Groupe", 20);
        Assert.True(ReviewRules.CanChange(call));

        call.MarkPublished(Now);

        Assert.False(ReviewRules.CanChange(call));
    }

    [Fact]
    public void A_candidate_score_is_the_mean_of_reviews_and_recusals_do_not_count()
    {
        var candidateId = Guid.NewGuid();
        var generous = Review.Start(Guid.NewGuid(), candidateId, Guid.NewGuid(), Now);
        generous.Score(new Dictionary<string, int> { ["motivation"] = 5, ["experience"] = 4 }, "Très bien", Now);
        var strict = Review.Start(Guid.NewGuid(), candidateId, Guid.NewGuid(), Now);
        strict.Score(new Dictionary<string, int> { ["motivation"] = 2, ["experience"] = 3 }, null, Now);
        var recused = Review.Start(Guid.NewGuid(), candidateId, Guid.NewGuid(), Now);
        recused.Recuse(Now);

        var scores = CandidateScores.Of([generous, strict, recused]);

        Assert.Equal(3.5, scores.AverageScore);
        Assert.Equal(2, scores.ReviewCount);
        Assert.Equal(3.5, scores.ByCriterion["motivation"]);
    }

    [Fact]
    public void Blind_review_hides_identity_and_others_scores_until_the_reviewer_has_scored()
    {
        var call = SelectionCall.Open(Guid.NewGuid(), "AMI", "Groupe", 20);
        var candidate = Candidate.FromApplication(Guid.NewGuid(), call.Id, Profiles.Camille(), null, Now);
        var me = new Caller(Guid.NewGuid(), Roles.Reviewer, null, null);
        var other = Review.Start(call.Id, candidate.Id, Guid.NewGuid(), Now);
        other.Score(new Dictionary<string, int> { ["motivation"] = 4 }, "Bien", Now);

        var before = CandidateViews.Item(candidate, call, [other], me);
        var mine = Review.Start(call.Id, candidate.Id, me.ApiKeyId!.Value, Now);
        mine.Score(new Dictionary<string, int> { ["motivation"] = 2 }, null, Now);
        var after = CandidateViews.Item(candidate, call, [other, mine], me);
        call.SetBlindReview(false);
        var lifted = CandidateViews.Item(candidate, call, [other, mine], me);
        var coordinator = CandidateViews.Item(candidate, SelectionCall.Open(call.Id, "AMI", "Groupe", 20), [other], new Caller(Guid.NewGuid(), Roles.Coordinator, null, null));

        Assert.Null(before.Name);
        Assert.Null(before.Organisation);
        Assert.Null(before.AverageScore);
        Assert.Equal(3.0, after.AverageScore);
        Assert.Null(after.Name);
        Assert.Equal("Camille Martin", lifted.Name);
        Assert.Equal("Camille Martin", coordinator.Name);
        Assert.Equal(4.0, coordinator.AverageScore);
    }

    [Fact]
    public void Erasure_keeps_only_what_anonymous_counts_need()
    {
        var candidate = Candidate.FromApplication(Guid.NewGuid(), Guid.NewGuid(), Profiles.Camille(), null, Now);
        candidate.Decide(Decision.Accepted, Now, manually: true);
        candidate.MarkPublished("hash", Now, Now.AddDays(10));

        candidate.Erase();

        Assert.Equal(CandidateStatus.Erased, candidate.Status);
        Assert.Equal("", candidate.Name);
        Assert.Null(candidate.Email);
        Assert.Equal("", candidate.Organisation);
        Assert.Equal("", candidate.Motivation);
        Assert.Null(candidate.ConfirmationTokenHash);
        Assert.Equal("63", candidate.DepartmentCode);
        Assert.Equal(BuildingBlocks.Contracts.Sector.SocialAction, candidate.Sector);
    }

    [Fact]
    public void Each_decision_changes_the_version_and_a_declined_offer_is_not_written_to_again()
    {
        var candidate = Candidate.FromApplication(Guid.NewGuid(), Guid.NewGuid(), Profiles.Camille(), null, Now);
        var version = candidate.Version;
        candidate.Decide(Decision.Accepted, Now, manually: true);
        Assert.Equal(version + 1, candidate.Version);
        candidate.MarkPublished("hash", Now, Now.AddDays(10));

        var replacement = Guid.NewGuid();
        candidate.DeclineOffer(replacement, Now);

        Assert.Equal(Decision.Declined, candidate.Decision);
        Assert.Equal(candidate.Decision, candidate.PublishedDecision);
        Assert.Equal(replacement, candidate.SuggestedReplacementId);
        Assert.False(candidate.HoldsPlace);
    }

    [Fact]
    public void A_confirmed_place_is_held_until_given_up_once()
    {
        var candidate = Candidate.FromApplication(Guid.NewGuid(), Guid.NewGuid(), Profiles.Camille(), null, Now);
        Assert.False(candidate.HoldsPlace);
        candidate.Decide(Decision.Accepted, Now, manually: true);
        Assert.False(candidate.HoldsPlace);
        candidate.MarkPublished("hash", Now.AddDays(1), Now.AddDays(10));
        Assert.True(candidate.HoldsPlace);
        candidate.Confirm(Now.AddDays(2));
        Assert.True(candidate.HoldsPlace);

        candidate.DeclineOffer(null, Now.AddDays(3));

        Assert.False(candidate.HoldsPlace);
        Assert.Equal(OfferResponse.Declined, candidate.Response);
        Assert.Equal(Now.AddDays(3), candidate.RespondedAt);
        Assert.Equal(Now.AddDays(1), candidate.NotifiedAt);
        Assert.Equal(Now, candidate.DecidedAt);
    }
}
