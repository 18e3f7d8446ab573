using System.Net;
using System.Net.Http.Json;
using System.Text;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>Bad input gets a French answer naming the field and the rule, and changes nothing.</summary>
public sealed class SelectionInputTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Scores_must_cover_the_call_criteria_from_zero_to_five()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);

        var tooHigh = await (await SelectionApi.ReviewAsync(reviewer, setup, "Alix", SelectionApi.Review(7, 3, 3, 3))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("La note « motivation » doit être un entier de 0 à 5.", tooHigh["errors"]!["scores.motivation"]![0]!.GetValue<string>());

        var unknown = SelectionApi.Review(3, 3, 3, 3);
        unknown["scores"]!["charisma"] = 4;
        unknown["scores"]!.AsObject().Remove("experience");
        var wrongCriteria = await (await SelectionApi.ReviewAsync(reviewer, setup, "Alix", unknown)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Critère inconnu « charisma »", wrongCriteria["errors"]!["scores.charisma"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(wrongCriteria["errors"]!["scores.experience"]);

        var tooLong = SelectionApi.Review(3, 3, 3, 3, new string('x', 2001));
        await (await SelectionApi.ReviewAsync(reviewer, setup, "Alix", tooLong)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await reviewer.PostAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Alix"]}/reviews",
            new StringContent("{\"scores\": ", Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);
        await (await reviewer.PostAsJsonAsync($"/api/calls/{setup.CallId}/candidates/{Guid.NewGuid()}/reviews", SelectionApi.Review(3, 3, 3, 3)))
            .ProblemAsync(HttpStatusCode.NotFound);

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.All(board["items"]!.AsArray(), i => Assert.Equal(0, i!["reviewCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Contradictory_or_impossible_proposal_rules_are_explained()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var url = $"/api/calls/{setup.CallId}/selection/proposal";

        var shares = await (await setup.Coordinator.PostAsJsonAsync(url, new { groupSize = 4, minSectorShare = 0.6 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(shares["errors"]!["minSectorShare"]);
        var size = await (await setup.Coordinator.PostAsJsonAsync(url, new { groupSize = 0, maxPerOrganisation = 0 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(size["errors"]!["groupSize"]);
        Assert.NotNull(size["errors"]!["maxPerOrganisation"]);

        // Six applicants, three per sector: a group of 8 at 50 % each cannot exist.
        var impossible = await (await setup.Coordinator.PostAsJsonAsync(url, new { groupSize = 8, minSectorShare = 0.5, apply = true })).JsonAsync();
        Assert.False(impossible["feasible"]!.GetValue<bool>());
        Assert.False(impossible["applied"]!.GetValue<bool>());
        var problems = impossible["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains("seulement 3 candidat·e·s action sociale pour un minimum de 4", problems);
        Assert.Contains("seulement 6 candidat·e·s pour un groupe de 8", problems);
        Assert.Empty(impossible["accepted"]!.AsArray());

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.All(board["items"]!.AsArray(), i => Assert.Null(i!["decision"]));
        await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/selection/proposal", new { groupSize = 4 })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Decisions_publication_and_confirmations_refuse_what_makes_no_sense()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Alix");

        var unknownDecision = await SelectionApi.DecideAsync(setup.Coordinator, setup, "Alix", "maybe", etag);
        await unknownDecision.ProblemAsync(HttpStatusCode.BadRequest);
        var undecided = await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("6 candidature(s) sans décision", undecided["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/selection/confirmations/not-a-token", new { response = "confirm" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/selection/confirmations/not-a-token", new { response = "perhaps" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PostAsJsonAsync("/api/selection/confirmations/not-a-token", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_erased_applicant_leaves_the_board_and_keeps_no_personal_data_here()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        await SelectionApi.ReviewAsync(reviewer, setup, "Fanny", SelectionApi.Review(4, 4, 4, 4, "Fanny connaît bien le territoire annécien."));

        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.DeleteAsync($"/api/applications/{setup.Applications["Fanny"]}")).StatusCode);
        await factory.DeliverOutboxAsync();

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal(5, board["total"]!.GetValue<int>());
        await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Fanny"]}")).ProblemAsync(HttpStatusCode.NotFound);
        var fanny = $"\"ApplicationId\" = '{setup.Applications["Fanny"].ToString().ToUpperInvariant()}'";
        Assert.Equal(0L, await factory.ScalarAsync("selection", $"SELECT COUNT(*) FROM candidates WHERE {fanny} AND (\"FirstName\" <> '' OR \"Email\" IS NOT NULL OR \"Organisation\" <> '' OR \"Motivation\" <> '')"));
        Assert.Equal(0L, await factory.ScalarAsync("selection", "SELECT COUNT(*) FROM reviews WHERE lower(\"Comment\") LIKE '%fanny%'"));
        Assert.Equal(1L, await factory.ScalarAsync("selection", $"SELECT COUNT(*) FROM candidates WHERE {fanny} AND \"Status\" = 'Erased' AND \"DepartmentCode\" = '74' AND \"Sector\" = 'LocalDevelopment'"));
    }
}
