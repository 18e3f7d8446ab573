using System.Net.Http.Json;

namespace CapRural.Api.Tests.Selection;

/// <summary>A harsh reviewer decides who gets in on raw scores, not on calibrated ones; the board shows their severity.</summary>
public sealed class CalibrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_harsh_reviewer_flips_who_gets_in_on_raw_scores_but_not_on_calibrated_ones()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..5]);
        var fairA = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluatrice A");
        var fairB = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluateur B");
        var harsh = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluatrice sévère");

        // Three candidates everyone reviews: the harsh reviewer gives two points less than the fair ones.
        foreach (var (who, fair) in new[] { ("Alix", 2), ("Basile", 3), ("Chloé", 4) })
        {
            await ReviewAsync(fairA, setup, who, fair);
            await ReviewAsync(fairB, setup, who, fair);
            await ReviewAsync(harsh, setup, who, fair - 2);
        }

        // Dorian would deserve a 5 but only meets the harsh reviewer (3); Elsa deserves a 4 and meets a fair one.
        await ReviewAsync(harsh, setup, "Dorian", 3);
        await ReviewAsync(fairA, setup, "Elsa", 4);

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates?pageSize=100")).JsonAsync();
        var reviewers = board["calibration"]!["reviewers"]!.AsArray();
        Assert.Equal(3, reviewers.Count);
        Assert.Contains(reviewers, r => r!["meanDifference"]!.GetValue<double>() == -2 && r["sharedCandidates"]!.GetValue<int>() == 3 && r["calibrated"]!.GetValue<bool>());
        var calibrated = board["calibration"]!["scores"]!;
        Assert.True(calibrated[setup.Candidates["Dorian"].ToString()]!.GetValue<double>() > calibrated[setup.Candidates["Elsa"].ToString()]!.GetValue<double>());

        var raw = await ProposeAsync(setup, "raw", apply: false);
        Assert.Equal([setup.Candidates["Elsa"]], raw);
        var calibratedGroup = await ProposeAsync(setup, "calibrated", apply: true);
        Assert.Equal([setup.Candidates["Dorian"]], calibratedGroup);

        var record = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/selection/record")).JsonAsync();
        Assert.Equal("calibrated", record["constraints"]!["scores"]!.GetValue<string>());
        var replay = await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/record/replay", null)).JsonAsync();
        Assert.True(replay["sameGroup"]!.GetValue<bool>());

        // A reviewer sees no one's severity.
        var reviewerBoard = await (await fairA.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Null(reviewerBoard["calibration"]);
    }

    [Fact]
    public async Task A_reviewer_with_too_few_shared_candidates_is_not_calibrated_and_the_board_says_so()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..3]);
        var first = await SelectionApi.AssignedReviewerAsync(factory, setup, "Première");
        var second = await SelectionApi.AssignedReviewerAsync(factory, setup, "Seconde");
        await ReviewAsync(first, setup, "Alix", 2);
        await ReviewAsync(first, setup, "Basile", 4);
        await ReviewAsync(second, setup, "Alix", 1);
        await ReviewAsync(second, setup, "Basile", 3);

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        var reviewers = board["calibration"]!["reviewers"]!.AsArray();
        Assert.All(reviewers, r =>
        {
            Assert.False(r!["calibrated"]!.GetValue<bool>());
            Assert.Equal(2, r["sharedCandidates"]!.GetValue<int>());
            Assert.Contains("Pas de calibrage", r["note"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        Assert.Equal(1.5, board["calibration"]!["scores"]![setup.Candidates["Alix"].ToString()]!.GetValue<double>());
    }

    private static async Task ReviewAsync(HttpClient reviewer, SelectionSetup setup, string who, int score) =>
        Assert.Equal(System.Net.HttpStatusCode.Created, (await SelectionApi.ReviewAsync(reviewer, setup, who, SelectionApi.Review(score, score, score, score))).StatusCode);

    private static async Task<List<Guid>> ProposeAsync(SelectionSetup setup, string scores, bool apply)
    {
        var rules = new { groupSize = 1, minSectorShare = 0, maxPerOrganisation = 5, apply, scores };
        var answer = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", rules)).JsonAsync();
        return [.. answer["accepted"]!.AsArray().Select(l => l!["candidateId"]!.GetValue<Guid>())];
    }
}
