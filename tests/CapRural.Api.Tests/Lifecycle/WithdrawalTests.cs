using System.Net;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>A confirmed participant withdraws their application: Registration tells Selection, which frees the place and tells Meetings.</summary>
public sealed class WithdrawalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Withdrawing_after_confirming_takes_the_member_out_of_every_module_and_frees_the_place()
    {
        var story = await LifecycleApi.StoryAsync(factory);

        await Departure.LeavesEverywhereAsync(story, "Alix", async () =>
        {
            var applicant = factory.ClientWithApplicationToken(story.EditTokens["Alix"]);
            Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/applications/{story.Applications["Alix"]}/withdraw", null)).StatusCode);
        });

        // Withdrawn: gone from the board, its confirmation link dead.
        await (await story.Coordinator.GetAsync($"/api/calls/{story.CallId}/candidates/{story.Candidates["Alix"]}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await story.AnswerOfferAsync("Alix", "decline")).ProblemAsync(HttpStatusCode.NotFound);

        var offered = await (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/offers", null)).JsonAsync();
        Assert.Equal(story.Candidates["Gaël"], offered["candidateId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Withdrawing_an_accepted_place_not_yet_confirmed_frees_it_without_touching_the_group()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var setup = new Selection.SelectionSetup(story.CallId, story.Coordinator, story.Candidates, story.Applications);
        // Gaël is offered Fanny's place after her decline, and withdraws before answering.
        Assert.Equal(HttpStatusCode.OK, (await story.AnswerOfferAsync("Fanny", "decline")).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Equal(HttpStatusCode.OK, (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/offers", null)).StatusCode);
        await factory.DeliverOutboxAsync();

        var applicant = factory.ClientWithApplicationToken(story.EditTokens["Gaël"]);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/applications/{story.Applications["Gaël"]}/withdraw", null)).StatusCode);
        await factory.DeliverOutboxAsync();

        Assert.Equal(1, await story.OutboxCountAsync("selection", "selection.participant-declined.v1", "Gaël"));
        Assert.Equal(0, await story.OutboxCountAsync("meetings", "meetings.member-left.v2", "Gaël"));
        Assert.Equal(["Alix", "Dorian"], await story.RosterAsync());
        await (await story.AnswerOfferAsync("Gaël", "confirm")).ProblemAsync(HttpStatusCode.NotFound);
        // Nobody is left on the waiting list: the free place waits for the coordinator's decision.
        await (await story.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/offers", null)).ProblemAsync(HttpStatusCode.Conflict);
    }
}
