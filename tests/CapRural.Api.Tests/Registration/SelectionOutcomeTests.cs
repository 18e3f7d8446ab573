using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Contracts;

namespace CapRural.Api.Tests.Registration;

/// <summary>Registration hears what Selection and Meetings decided, and the applicant sees it on their application.</summary>
public sealed class SelectionOutcomeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_published_outcome_and_its_later_changes_show_on_each_application()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..3]);
        await LifecycleApi.PublishAsync(factory, setup, new Dictionary<string, string>
        {
            ["Alix"] = "accepted", ["Basile"] = "waitlisted", ["Chloé"] = "declined",
        });

        foreach (var (who, outcome) in new[] { ("Alix", "accepted"), ("Basile", "waitlisted"), ("Chloé", "declined") })
        {
            var application = await LifecycleApi.ApplicationAsync(setup.Coordinator, setup.Applications[who]);
            Assert.Equal(outcome, application["outcome"]!.GetValue<string>());
            Assert.Equal(factory.Clock.GetUtcNow(), application["outcomeAt"]!.GetValue<DateTimeOffset>());
        }

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var confirmed = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Alix", setup.CallId)}", new { response = "confirm" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await factory.DeliverOutboxAsync();
        var alix = await LifecycleApi.ApplicationAsync(setup.Coordinator, setup.Applications["Alix"]);
        Assert.Equal("confirmed", alix["outcome"]!.GetValue<string>());
        Assert.Equal(factory.Clock.GetUtcNow(), alix["outcomeAt"]!.GetValue<DateTimeOffset>());

        var declined = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Alix", setup.CallId)}", new { response = "decline" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Equal("gaveUpPlace", (await LifecycleApi.ApplicationAsync(setup.Coordinator, setup.Applications["Alix"]))["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_who_leaves_the_group_becomes_a_former_member()
    {
        var group = await MeetingsApi.GroupAsync(factory, SelectionApi.SixApplicants[..2]);
        Assert.Equal("confirmed", (await LifecycleApi.ApplicationAsync(group.Coordinator, group.Applications["Basile"]))["outcome"]!.GetValue<string>());

        var left = await MeetingsApi.Member(factory, group.Tokens["Basile"]).PostAsync($"/api/groups/{group.GroupId}/leave", null);
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        await factory.DeliverOutboxAsync();

        Assert.Equal("formerMember", (await LifecycleApi.ApplicationAsync(group.Coordinator, group.Applications["Basile"]))["outcome"]!.GetValue<string>());
        Assert.Equal("confirmed", (await LifecycleApi.ApplicationAsync(group.Coordinator, group.Applications["Alix"]))["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Late_duplicate_and_unknown_events_change_nothing_they_should_not()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("late-news@example.org"));
        var now = factory.Clock.GetUtcNow();

        var declined = new CandidateDeclined(Guid.NewGuid(), applicationId, callId) { OccurredAt = now.AddHours(2) };
        await LifecycleApi.PublishEventAsync(factory, declined);
        await LifecycleApi.PublishEventAsync(factory, declined);
        // Older news delivered late (another module's outbox was behind): ignored.
        await LifecycleApi.PublishEventAsync(factory, new CandidateWaitlisted(Guid.NewGuid(), applicationId, callId, 1) { OccurredAt = now.AddHours(1) });
        // An application Registration never had: nothing to record, and no failure to retry for ever.
        await LifecycleApi.PublishEventAsync(factory, new CandidateAccepted(Guid.NewGuid(), Guid.NewGuid(), callId) { OccurredAt = now });

        var mine = await (await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}")).JsonAsync();
        Assert.Equal("declined", mine["outcome"]!.GetValue<string>());
        Assert.Equal(now.AddHours(2), mine["outcomeAt"]!.GetValue<DateTimeOffset>());

        // After erasure nothing more is written about the person.
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/applications/{applicationId}")).StatusCode);
        await LifecycleApi.PublishEventAsync(factory, new CandidateAccepted(Guid.NewGuid(), applicationId, callId) { OccurredAt = now.AddHours(3) });
        var erased = await LifecycleApi.ApplicationAsync(coordinator, applicationId);
        Assert.Equal("erased", erased["status"]!.GetValue<string>());
        Assert.Equal("declined", erased["outcome"]!.GetValue<string>());
    }
}
