using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>What every module must show once a member is gone, and how the freed place is offered, whatever made them go.</summary>
public static class Departure
{
    /// <summary>
    /// Plans a meeting while e-mails are held, lets <paramref name="leave"/> make <paramref name="who"/> go,
    /// then follows them through every module: no invitation (the one queued is cancelled), off the roster,
    /// the group size and the venue ranking, out of the directory, their member token refused, no poll e-mail.
    /// </summary>
    public static async Task LeavesEverywhereAsync(Story story, string who, Func<Task> leave)
    {
        var factory = story.Factory;
        var others = new[] { "Alix", "Dorian", "Fanny" }.Where(n => n != who).ToList();
        Assert.Equal(["Alix", "Dorian", "Fanny"], await story.RosterAsync());
        Assert.Equal(3, await story.VenueRankingMembersAsync());
        Assert.Contains(story.Name(who), await story.DirectoryAsync());
        var title = $"Réunion sans {who} {Guid.NewGuid():N}"[..30];

        await LifecycleApi.WithMailHeldAsync(factory, async () =>
        {
            await MeetingsApi.PlanAsync(story.Coordinator, story.GroupId, LifecycleApi.RemoteMeeting(title, "2026-04-02T10:00", "2026-04-02T12:00"));
            await leave();
            await factory.DeliverOutboxAsync();
        });

        Assert.Equal(0, story.Invitations(who, title));
        Assert.All(others, other => Assert.Equal(1, story.Invitations(other, title)));
        Assert.Equal(others, await story.RosterAsync());
        Assert.Equal(2, await story.MemberCountAsync());
        Assert.Equal(2, await story.VenueRankingMembersAsync());
        var directory = await story.DirectoryAsync();
        Assert.DoesNotContain(story.Name(who), directory);
        Assert.All(others, other => Assert.Contains(story.Name(other), directory));
        await (await story.Member(who).GetAsync("/api/me/personal-data")).ProblemAsync(HttpStatusCode.Unauthorized);

        var poll = await story.Coordinator.PostAsJsonAsync($"/api/groups/{story.GroupId}/date-polls", new
        {
            title = $"Sondage sans {who}",
            options = new[] { new { startsAt = "2026-06-10T09:30", durationMinutes = 180 }, new { startsAt = "2026-06-11T09:30", durationMinutes = 180 } },
        });
        Assert.Equal(HttpStatusCode.Created, poll.StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.DoesNotContain(story.MailsTo(who), m => m.Subject!.Contains($"Sondage sans {who}", StringComparison.Ordinal));
        Assert.All(others, other => Assert.Single(story.MailsTo(other), m => m.Subject!.Contains($"Sondage sans {who}", StringComparison.Ordinal)));

        // Told once in each direction, whatever crossed on the way.
        Assert.Equal(1, await story.OutboxCountAsync("meetings", "meetings.member-left.v2", who));
        Assert.Equal(1, await story.OutboxCountAsync("selection", "selection.participant-declined.v1", who));
    }

    /// <summary>The place is free: Gaël, first on the waiting list, is suggested, offered it and becomes a member everywhere.</summary>
    public static async Task PlaceGoesToTheWaitlistAsync(Story story, string who)
    {
        var factory = story.Factory;
        var left = await story.CandidateAsync(who);
        Assert.Equal(story.Candidates["Gaël"], left["suggestedReplacementId"]!.GetValue<Guid>());

        var offered = await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/offers", null);
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        var place = await offered.JsonAsync();
        Assert.Equal(story.Candidates["Gaël"], place["candidateId"]!.GetValue<Guid>());
        Assert.True(place["suggested"]!.GetValue<bool>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(HttpStatusCode.OK, (await story.AnswerOfferAsync("Gaël", "confirm")).StatusCode);
        await factory.DeliverOutboxAsync();

        Assert.Contains("Gaël", await story.RosterAsync());
        Assert.Equal(3, await story.MemberCountAsync());
        Assert.Contains(story.Name("Gaël"), await story.DirectoryAsync());
        // The group is full again.
        await (await story.Coordinator.PostAsync($"/api/calls/{story.CallId}/selection/offers", null)).ProblemAsync(HttpStatusCode.Conflict);
    }
}
