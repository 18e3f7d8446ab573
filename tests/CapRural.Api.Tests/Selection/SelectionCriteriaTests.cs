using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Selection;

/// <summary>The coordinator sets what reviewers score, before the first review; reviews score exactly that.</summary>
public sealed class SelectionCriteriaTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static object Criteria(params (string Key, string Label)[] criteria) =>
        new { criteria = criteria.Select(c => new { key = c.Key, label = c.Label }).ToArray() };

    private static string Messages(System.Text.Json.Nodes.JsonObject problem) =>
        string.Join(" | ", problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => $"{e.Key}: {m!.GetValue<string>()}")));

    [Fact]
    public async Task The_coordinator_sets_the_criteria_and_reviews_score_exactly_them_until_the_first_review()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var url = $"/api/calls/{setup.CallId}/selection/criteria";

        var defaults = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal("Motivation", defaults["criteria"]![0]!["label"]!.GetValue<string>());

        var set = await setup.Coordinator.PutAsJsonAsync(url, Criteria(("motivation", "Motivation"), ("ruralNetwork", "Réseau rural mobilisable")));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var board = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal(["motivation", "ruralNetwork"], board["criteria"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()));
        Assert.Equal("Réseau rural mobilisable", board["criteria"]![1]!["label"]!.GetValue<string>());

        // The default four no longer fit: the missing and unknown keys are named.
        var old = await (await SelectionApi.ReviewAsync(reviewer, setup, "Alix", SelectionApi.Review(4, 4, 4, 4))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Note manquante", old["errors"]!["scores.ruralNetwork"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Critère inconnu « experience »", old["errors"]!["scores.experience"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var review = new JsonObject { ["scores"] = new JsonObject { ["motivation"] = 4, ["ruralNetwork"] = 6 } };
        var outOfRange = await (await SelectionApi.ReviewAsync(reviewer, setup, "Alix", review)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(outOfRange["errors"]!["scores.ruralNetwork"]);
        review["scores"]!["ruralNetwork"] = 2;
        var saved = await SelectionApi.ReviewAsync(reviewer, setup, "Alix", review);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(3.0, (await saved.JsonAsync())["candidate"]!["averageScore"]!.GetValue<double>());

        // Once a review exists, the criteria stay.
        var locked = await (await setup.Coordinator.PutAsJsonAsync(url, Criteria(("motivation", "Motivation")))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("évaluations existent déjà", locked["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var after = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal(2, after["criteria"]!.AsArray().Count);
    }

    [Fact]
    public async Task Bad_criteria_are_refused_with_the_rule_and_change_nothing()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var url = $"/api/calls/{setup.CallId}/selection/criteria";

        await (await setup.Coordinator.PutAsJsonAsync(url, new { criteria = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await setup.Coordinator.PutAsJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var nine = Criteria([.. Enumerable.Range(1, 9).Select(i => ($"critere{i}", $"Critère {i}"))]);
        await (await setup.Coordinator.PutAsJsonAsync(url, nine)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var duplicate = await (await setup.Coordinator.PutAsJsonAsync(url, Criteria(("motivation", "Motivation"), ("motivation", "Encore"))))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("même clé", Messages(duplicate), StringComparison.Ordinal);
        var notCamel = await (await setup.Coordinator.PutAsJsonAsync(url, Criteria(("Ancrage territorial", "Ancrage")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("camelCase", Messages(notCamel), StringComparison.Ordinal);
        var longLabel = await (await setup.Coordinator.PutAsJsonAsync(url, Criteria(("motivation", new string('m', 121))))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("120 caractères", Messages(longLabel), StringComparison.Ordinal);
        await (await setup.Coordinator.PutAsJsonAsync(url, Criteria(("motivation", "")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await setup.Coordinator.PutAsJsonAsync($"/api/calls/{Guid.NewGuid()}/selection/criteria", Criteria(("motivation", "Motivation"))))
            .ProblemAsync(HttpStatusCode.NotFound);

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal(["motivation", "experience", "contribution", "territorialAnchoring"], board["criteria"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_coordinator_sets_the_criteria()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var url = $"/api/calls/{setup.CallId}/selection/criteria";
        var body = Criteria(("motivation", "Motivation"));
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);

        await (await factory.CreateClient().PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PutAsJsonAsync(url, body)).StatusCode);
    }
}
