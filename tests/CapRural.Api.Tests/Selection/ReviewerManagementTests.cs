using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Selection;

/// <summary>The coordinator manages a call's reviewers: who they are, how far they got, what they wrote.</summary>
public sealed class ReviewerManagementTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Only_an_active_reviewer_key_can_be_assigned()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..2]);
        var (revokedId, _) = await SelectionApi.ReviewerAsync(factory, "Révoquée");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RevokeAsync(revokedId, CancellationToken.None));
        }

        var partnerId = await KeyIdAsync(Roles.Partner);
        var coordinatorId = await KeyIdAsync(Roles.Coordinator);
        foreach (var (id, expected) in new[] { (Guid.NewGuid(), "Aucune clé"), (revokedId, "révoquée"), (partnerId, "rôle « partner »"), (coordinatorId, "rôle « coordinator »") })
        {
            var problem = await (await setup.Coordinator.PutAsync($"/api/calls/{setup.CallId}/reviewers/{id}", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains(expected, problem["errors"]!["apiKeyId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var list = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/reviewers")).JsonAsync();
        Assert.Equal(0, list["total"]!.GetValue<int>());

        var (activeId, _) = await SelectionApi.ReviewerAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PutAsync($"/api/calls/{setup.CallId}/reviewers/{activeId}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PutAsync($"/api/calls/{setup.CallId}/reviewers/{activeId}", null)).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_sees_each_reviewers_progress_and_every_review_with_its_author()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants);
        var (ninaId, nina) = await SelectionApi.ReviewerAsync(factory, "Nina Reviewer");
        var (omarId, omar) = await SelectionApi.ReviewerAsync(factory, "Omar Reviewer");
        foreach (var id in new[] { ninaId, omarId })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PutAsync($"/api/calls/{setup.CallId}/reviewers/{id}", null)).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(nina, setup, "Alix", SelectionApi.Review(4, 4, 4, 4, "Très bon ancrage local."))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(nina, setup, "Basile", SelectionApi.Review(3, 3, 3, 3))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var lastAt = factory.Clock.GetUtcNow();
        Assert.Equal(HttpStatusCode.Created, (await nina.PostAsJsonAsync(
            $"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Chloé"]}/reviews", new { recuse = true })).StatusCode);

        var list = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/reviewers")).JsonAsync();
        Assert.Equal(2, list["total"]!.GetValue<int>());
        var ninaLine = list["items"]!.AsArray().Single(i => i!["apiKeyId"]!.GetValue<Guid>() == ninaId)!;
        Assert.Equal("Nina Reviewer", ninaLine["name"]!.GetValue<string>());
        Assert.True(ninaLine["active"]!.GetValue<bool>());
        Assert.Equal(2, ninaLine["reviewed"]!.GetValue<int>());
        Assert.Equal(1, ninaLine["recused"]!.GetValue<int>());
        Assert.Equal(3, ninaLine["toReview"]!.GetValue<int>());
        Assert.Equal(lastAt, ninaLine["lastReviewAt"]!.GetValue<DateTimeOffset>());
        var omarLine = list["items"]!.AsArray().Single(i => i!["apiKeyId"]!.GetValue<Guid>() == omarId)!;
        Assert.Equal(0, omarLine["reviewed"]!.GetValue<int>());
        Assert.Equal(6, omarLine["toReview"]!.GetValue<int>());
        Assert.Null(omarLine["lastReviewAt"]);

        // Taken off the call, Nina's reviews still count and she stays listed, no longer assigned.
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.DeleteAsync($"/api/calls/{setup.CallId}/reviewers/{ninaId}")).StatusCode);
        var after = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/reviewers")).JsonAsync();
        var ninaAfter = after["items"]!.AsArray().Single(i => i!["apiKeyId"]!.GetValue<Guid>() == ninaId)!;
        Assert.False(ninaAfter["assigned"]!.GetValue<bool>());
        Assert.Equal(2, ninaAfter["reviewed"]!.GetValue<int>());

        var detail = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Alix"]}")).JsonAsync();
        var review = Assert.Single(detail["reviews"]!.AsArray())!;
        Assert.Equal("Nina Reviewer", review["reviewerName"]!.GetValue<string>());
        Assert.Equal(ninaId, review["reviewerKeyId"]!.GetValue<Guid>());
        Assert.Equal("Très bon ancrage local.", review["comment"]!.GetValue<string>());
        Assert.Equal(4, review["average"]!.GetValue<double>());

        // A reviewer never learns who else reviewed.
        var seenByOmar = await omar.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Alix"]}");
        Assert.Equal(HttpStatusCode.OK, seenByOmar.StatusCode);
        Assert.Null((await seenByOmar.JsonAsync())["reviews"]);
    }

    [Fact]
    public async Task Only_the_coordinator_lists_a_calls_reviewers()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..1]);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var route = $"/api/calls/{setup.CallId}/reviewers";
        await (await factory.CreateClient().GetAsync(route)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.GetAsync(route)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(route)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await setup.Coordinator.GetAsync($"/api/calls/{Guid.NewGuid()}/reviewers")).ProblemAsync(HttpStatusCode.NotFound);
        await (await setup.Coordinator.GetAsync($"{route}?pageSize=500")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    private async Task<Guid> KeyIdAsync(string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("Autre", role, CancellationToken.None)).Id;
    }
}
