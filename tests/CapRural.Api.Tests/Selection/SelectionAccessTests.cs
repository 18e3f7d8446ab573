using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Selection;

/// <summary>Who may see and do what: anonymous, partners, reviewers of other calls, blind review.</summary>
public sealed class SelectionAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Only_the_coordinator_and_assigned_reviewers_see_the_board()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var url = $"/api/calls/{setup.CallId}/candidates";
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        var (_, unassigned) = await SelectionApi.ReviewerAsync(factory, "Non affecté");

        await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await partner.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await unassigned.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await unassigned.GetAsync($"{url}/{setup.Candidates["Alix"]}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await SelectionApi.ReviewAsync(unassigned, setup, "Alix", SelectionApi.Review(3, 3, 3, 3))).ProblemAsync(HttpStatusCode.Forbidden);

        var assigned = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var board = await (await assigned.GetAsync(url)).JsonAsync();
        Assert.Equal(6, board["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_coordinator_assigns_proposes_decides_and_publishes()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        var (otherKeyId, _) = await SelectionApi.ReviewerAsync(factory, "Autre");
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Alix");

        foreach (var client in new[] { reviewer, partner })
        {
            await (await client.PutAsync($"/api/calls/{setup.CallId}/reviewers/{otherKeyId}", null)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", new { groupSize = 4 })).ProblemAsync(HttpStatusCode.Forbidden);
            await (await SelectionApi.DecideAsync(client, setup, "Alix", "accepted", etag)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).ProblemAsync(HttpStatusCode.Forbidden);
        }

        var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", new { groupSize = 4 })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await SelectionApi.DecideAsync(anonymous, setup, "Alix", "accepted", etag)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Review_is_blind_and_others_scores_appear_only_after_ones_own_review()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var first = await SelectionApi.AssignedReviewerAsync(factory, setup, "Première");
        var second = await SelectionApi.AssignedReviewerAsync(factory, setup, "Seconde");
        var url = $"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Alix"]}";
        await SelectionApi.ReviewAsync(first, setup, "Alix", SelectionApi.Review(5, 4, 5, 4));

        var before = await (await second.GetAsync(url)).JsonAsync();
        Assert.Null(before["averageScore"]);
        Assert.Null(before["name"]);
        Assert.Null(before["organisation"]);
        Assert.DoesNotContain("alix", before.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CCAS de Thiers", before.ToJsonString(), StringComparison.Ordinal);

        var after = await (await SelectionApi.ReviewAsync(second, setup, "Alix", SelectionApi.Review(3, 3, 3, 3))).JsonAsync();
        Assert.Equal(3.75, after["candidate"]!["averageScore"]!.GetValue<double>());
        Assert.Equal(4.0, after["candidate"]!["criterionScores"]!["motivation"]!.GetValue<double>());

        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PutAsJsonAsync($"/api/calls/{setup.CallId}/selection/settings", new { blindReview = false })).StatusCode);
        var lifted = await (await second.GetAsync(url)).JsonAsync();
        Assert.Equal("Alix Martin", lifted["name"]!.GetValue<string>());
        Assert.Equal("CCAS de Thiers", lifted["organisation"]!.GetValue<string>());
        Assert.DoesNotContain("@example.org", lifted.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recused_reviewer_gives_no_score_and_sees_none()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var first = await SelectionApi.AssignedReviewerAsync(factory, setup, "Première");
        var recusing = await SelectionApi.AssignedReviewerAsync(factory, setup, "Même structure");
        await SelectionApi.ReviewAsync(first, setup, "Basile", SelectionApi.Review(4, 4, 4, 4));

        var recused = await (await recusing.PostAsJsonAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Basile"]}/reviews", new { recuse = true })).JsonAsync();

        Assert.Null(recused["candidate"]!["averageScore"]);
        Assert.True(recused["candidate"]!["myReview"]!["recused"]!.GetValue<bool>());
        var coordinatorView = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Basile"]}")).JsonAsync();
        Assert.Equal(1, coordinatorView["reviewCount"]!.GetValue<int>());
        Assert.Equal(4.0, coordinatorView["averageScore"]!.GetValue<double>());
    }

    [Fact]
    public async Task Two_coordinators_never_silently_overwrite_each_other()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var colleague = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Dorian");
        var colleagueTag = await SelectionApi.ETagAsync(colleague, setup, "Dorian");

        var first = await SelectionApi.DecideAsync(setup.Coordinator, setup, "Dorian", "accepted", etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.ToString());

        var stale = await (await SelectionApi.DecideAsync(colleague, setup, "Dorian", "declined", colleagueTag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("modifiée depuis votre lecture", stale["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await SelectionApi.DecideAsync(colleague, setup, "Dorian", "declined", null)).ProblemAsync(HttpStatusCode.PreconditionRequired);

        var current = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Dorian"]}")).JsonAsync();
        Assert.Equal("accepted", current["decision"]!.GetValue<string>());
    }
}
