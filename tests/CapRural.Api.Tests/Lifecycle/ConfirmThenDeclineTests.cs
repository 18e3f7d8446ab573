using System.Net;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>A participant who confirmed, then gives up their place from the same link.</summary>
public sealed class ConfirmThenDeclineTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Declining_after_confirming_takes_the_member_out_of_every_module_and_frees_the_place()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        await (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/offers", null)).ProblemAsync(HttpStatusCode.Conflict);

        await Departure.LeavesEverywhereAsync(story, "Fanny", async () =>
        {
            var declined = await story.AnswerOfferAsync("Fanny", "decline");
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
            Assert.Equal("declined", (await declined.JsonAsync())["response"]!.GetValue<string>());
        });

        // The same link keeps telling the truth: declining again changes nothing, confirming is refused.
        Assert.Equal("declined", (await (await story.AnswerOfferAsync("Fanny", "decline")).JsonAsync())["response"]!.GetValue<string>());
        var late = await (await story.AnswerOfferAsync("Fanny", "confirm")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("renoncé", late["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await story.OutboxCountAsync("selection", "selection.participant-declined.v1", "Fanny"));

        await Departure.PlaceGoesToTheWaitlistAsync(story, "Fanny");
    }
}
