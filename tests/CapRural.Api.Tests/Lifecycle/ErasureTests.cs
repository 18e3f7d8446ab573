using System.Net;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;
using CapRural.Selection.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>Erasing a member's application leaves nothing of them in Selection and Meetings, once, whatever the order of arrival.</summary>
public sealed class ErasureTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Erasure_removes_the_member_their_answers_votes_and_attendance_and_is_idempotent()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var traces = await PersonTraces.LeaveAsync(story, "Fanny");
        var fannyId = story.MemberIds["Fanny"].ToString();

        Assert.Equal(HttpStatusCode.NoContent, (await story.Coordinator.DeleteAsync($"/api/applications/{story.Applications["Fanny"]}")).StatusCode);
        await factory.DeliverOutboxAsync();

        Assert.Equal(["Alix", "Dorian"], await story.RosterAsync());
        Assert.DoesNotContain(story.Name("Fanny"), await story.DirectoryAsync());
        await (await story.Member("Fanny").GetAsync("/api/me/personal-data")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await story.Coordinator.GetAsync($"/api/calls/{story.CallId}/candidates/{story.Candidates["Fanny"]}")).ProblemAsync(HttpStatusCode.NotFound);
        var meetings = await (await story.Coordinator.GetAsync($"/api/groups/{story.GroupId}/meetings")).ToStringAsync();
        Assert.DoesNotContain(fannyId, meetings, StringComparison.Ordinal);
        Assert.Contains(story.MemberIds["Alix"].ToString(), meetings, StringComparison.Ordinal);
        var poll = await (await story.Coordinator.GetAsync($"/api/date-polls/{traces.PollId}")).JsonAsync();
        Assert.All(poll["results"]!.AsArray(), r => Assert.Equal(0, r!["yes"]!.GetValue<int>()));

        // Nothing about her in the outboxes but the departure itself, which carries ids only.
        var subject = story.Applications["Fanny"];
        Assert.DoesNotContain(await factory.OutboxAsync("selection"), m => m.SubjectId == subject);
        var left = Assert.Single(await factory.OutboxAsync("meetings"), m => m.SubjectId == subject);
        Assert.Equal("meetings.member-left.v2", left.Name);
        Assert.DoesNotContain("Fanny", left.Payload, StringComparison.Ordinal);

        var again = await story.Coordinator.DeleteAsync($"/api/applications/{subject}");
        Assert.True(again.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound, $"{again.StatusCode}");
        await factory.DeliverOutboxAsync();
        // No second departure (a repeated erasure may even forget the first one: it carried ids only).
        Assert.True((await factory.OutboxAsync("meetings")).Count(m => m.SubjectId == subject) <= 1);
        Assert.Equal(["Alix", "Dorian"], await story.RosterAsync());
    }

    [Fact]
    public async Task A_confirmation_arriving_after_the_erasure_does_not_bring_the_person_back()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var applicationId = Guid.NewGuid();
        var person = new SelectedPerson("Hélène", "Martin", "helene@example.org", "Mairie de Riom", Sector.LocalDevelopment, "élue",
            "63300", "Riom", "63", null, null, 45.89, 3.11, "commune", ["mobilité"], true);

        // Two outboxes, no order between them: Registration's erasure overtakes Selection's confirmation in Meetings.
        await DeliverToMeetingsAsync(new ApplicantDataErased(applicationId, story.CallId));
        await DeliverToMeetingsAsync(new ParticipantConfirmed(Guid.NewGuid(), applicationId, story.CallId, person));

        await factory.DeliverOutboxAsync();
        Assert.Equal(["Alix", "Dorian", "Fanny"], await story.RosterAsync());
        Assert.DoesNotContain(await factory.OutboxAsync("meetings"), m => m.SubjectId == applicationId);
        Assert.Empty(Meetings.MeetingsApi.MailsTo(factory, "helene@example.org"));
    }

    /// <summary>Hands one event to Meetings' consumers only, as the dispatcher would in its own scope.</summary>
    private async Task DeliverToMeetingsAsync<TEvent>(TEvent integrationEvent)
        where TEvent : INotification
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var consumers = scope.ServiceProvider.GetServices<INotificationHandler<TEvent>>()
            .Where(h => h.GetType().Namespace!.StartsWith("CapRural.Meetings", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(consumers);
        foreach (var consumer in consumers)
        {
            await consumer.Handle(integrationEvent, CancellationToken.None);
        }
    }
}

internal static class ResponseText
{
    public static Task<string> ToStringAsync(this HttpResponseMessage response) => response.Content.ReadAsStringAsync();
}
