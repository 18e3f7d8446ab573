using System.Net;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>The coordinator takes back a place already confirmed: at the next publication the person leaves the group.</summary>
public sealed class CoordinatorDeclineTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Declining_a_confirmed_participant_takes_them_out_of_every_module_once_published()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var setup = new SelectionSetup(story.CallId, story.Coordinator, story.Candidates, story.Applications);

        await Departure.LeavesEverywhereAsync(story, "Dorian", async () =>
        {
            var etag = await SelectionApi.ETagAsync(story.Coordinator, setup, "Dorian");
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(story.Coordinator, setup, "Dorian", "declined", etag)).StatusCode);
            var report = await (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/publish?force=true", null)).JsonAsync();
            Assert.Equal(1, report["declined"]!.GetValue<int>());
        });

        // Told by e-mail, with the date their data goes; the old confirmation link no longer works.
        var told = Assert.Single(story.MailsTo("Dorian"), m => m.Subject!.StartsWith("Votre candidature : Mailler", StringComparison.Ordinal));
        Assert.Contains("effacées automatiquement le 31 mai 2026", told.TextBody, StringComparison.Ordinal);
        await (await story.AnswerOfferAsync("Dorian", "confirm")).ProblemAsync(HttpStatusCode.NotFound);

        // Publishing again writes to nobody and frees nothing more.
        var again = await (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/publish?force=true", null)).JsonAsync();
        Assert.Equal(0, again["declined"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await story.OutboxCountAsync("selection", "selection.participant-declined.v1", "Dorian"));

        await Departure.PlaceGoesToTheWaitlistAsync(story, "Dorian");
    }
}
