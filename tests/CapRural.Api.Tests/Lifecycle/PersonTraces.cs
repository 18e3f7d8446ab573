using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Meetings;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>A member leaves traces in Meetings: an answer to an invitation, attendance at a meeting, votes in a date poll.</summary>
public sealed record Traces(Guid MeetingId, Guid PollId);

public static class PersonTraces
{
    public static async Task<Traces> LeaveAsync(Story story, string who)
    {
        var meeting = await MeetingsApi.PlanAsync(story.Coordinator, story.GroupId,
            LifecycleApi.RemoteMeeting("Réunion de mars", "2026-03-05T10:00", "2026-03-05T12:00"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await story.Member(who).PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "remote" })).StatusCode);

        var opened = await story.Coordinator.PostAsJsonAsync($"/api/groups/{story.GroupId}/date-polls", new
        {
            title = "Réunion de juin",
            options = new[] { new { startsAt = "2026-06-10T09:30", durationMinutes = 180 }, new { startsAt = "2026-06-11T09:30", durationMinutes = 180 } },
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var poll = await opened.JsonAsync();
        var votes = new JsonObject();
        foreach (var option in poll["options"]!.AsArray())
        {
            votes[option!["optionId"]!.GetValue<string>()] = "yes";
        }

        Assert.Equal(HttpStatusCode.OK, (await story.Member(who).PostAsJsonAsync($"/api/date-polls/{poll["pollId"]}/votes", new JsonObject { ["votes"] = votes })).StatusCode);

        story.Factory.Clock.Advance(TimeSpan.FromDays(4));
        var attendance = await story.Coordinator.PutAsJsonAsync($"/api/meetings/{meetingId}/attendance",
            new { present = new[] { story.MemberIds[who], story.MemberIds["Alix"] } });
        Assert.Equal(HttpStatusCode.OK, attendance.StatusCode);
        await story.Factory.DeliverOutboxAsync();
        return new Traces(meetingId, poll["pollId"]!.GetValue<Guid>());
    }
}
