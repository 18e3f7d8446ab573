using System.Net;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.SendMeetingReminders;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>A member leaves the group, or the coordinator removes them: Selection frees their place, without the modules answering each other in a loop.</summary>
public sealed class LeaveAndRemovalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Leaving_the_group_frees_the_place_in_selection()
    {
        var story = await LifecycleApi.StoryAsync(factory);

        await Departure.LeavesEverywhereAsync(story, "Fanny", async () =>
            Assert.Equal(HttpStatusCode.NoContent, (await story.Member("Fanny").PostAsync($"/api/groups/{story.GroupId}/leave", null)).StatusCode));

        var fanny = await story.CandidateAsync("Fanny");
        Assert.Equal("declined", fanny["response"]!.GetValue<string>());
        await (await story.AnswerOfferAsync("Fanny", "confirm")).ProblemAsync(HttpStatusCode.Conflict);
        await Departure.PlaceGoesToTheWaitlistAsync(story, "Fanny");
    }

    [Fact]
    public async Task A_removed_member_gets_no_reminder_and_removing_twice_changes_nothing()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var url = $"/api/groups/{story.GroupId}/members/{story.MemberIds["Dorian"]}";

        await Departure.LeavesEverywhereAsync(story, "Dorian", async () =>
            Assert.Equal(HttpStatusCode.NoContent, (await story.Coordinator.DeleteAsync(url)).StatusCode));

        Assert.Equal(HttpStatusCode.NoContent, (await story.Coordinator.DeleteAsync(url)).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await story.OutboxCountAsync("meetings", "meetings.member-left.v2", "Dorian"));
        Assert.Equal("declined", (await story.CandidateAsync("Dorian"))["response"]!.GetValue<string>());

        // A week before the meeting planned above, only those still in the group are reminded.
        factory.Clock.Advance(TimeSpan.FromDays(25));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendMeetingReminders());
        }

        await factory.DeliverOutboxAsync();
        Assert.DoesNotContain(story.MailsTo("Dorian"), m => m.Subject!.StartsWith("Rappel :", StringComparison.Ordinal));
        Assert.Contains(story.MailsTo("Alix"), m => m.Subject!.StartsWith("Rappel :", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_coordinator_removes_a_member_of_a_known_group()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var url = $"/api/groups/{story.GroupId}/members/{story.MemberIds["Alix"]}";

        await (await factory.CreateClient().DeleteAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).DeleteAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).DeleteAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await story.Member("Dorian").DeleteAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await story.Coordinator.DeleteAsync($"/api/groups/{story.GroupId}/members/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await story.Coordinator.DeleteAsync($"/api/groups/{Guid.NewGuid()}/members/{story.MemberIds["Alix"]}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await story.Coordinator.DeleteAsync($"/api/groups/{story.GroupId}/members/not-a-guid")).StatusCode);
        Assert.Equal(["Alix", "Dorian", "Fanny"], await story.RosterAsync());

        var removals = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => story.Coordinator.DeleteAsync(url)));
        Assert.All(removals, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await story.OutboxCountAsync("meetings", "meetings.member-left.v2", "Alix"));
        Assert.Equal(1, await story.OutboxCountAsync("selection", "selection.participant-declined.v1", "Alix"));
        Assert.Equal(["Dorian", "Fanny"], await story.RosterAsync());
    }
}
