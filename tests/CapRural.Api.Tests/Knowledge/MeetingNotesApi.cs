using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Serialization;
using CapRural.Meetings.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Steps the meeting-notes tests repeat: minutes recorded in Meetings, the note they give, a redelivery.</summary>
public static class MeetingNotesApi
{
    public static async Task RecordMinutesAsync(HttpClient coordinator, Guid meetingId, string minutes, params string[] themes)
    {
        var recorded = await coordinator.PutAsJsonAsync($"/api/meetings/{meetingId}/minutes", new { minutes, themes });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
    }

    /// <summary>The notes of a meeting in the coordinator's list (filtered by status when given).</summary>
    public static async Task<List<JsonNode>> NotesOfAsync(HttpClient coordinator, Guid meetingId, string? status = null)
    {
        var list = await coordinator.GetAsync($"/api/meeting-notes?pageSize=100{(status is null ? "" : "&status=" + status)}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        return [.. (await list.JsonAsync())["items"]!.AsArray().Where(n => n!["meetingId"]!.GetValue<Guid>() == meetingId).Select(n => n!)];
    }

    /// <summary>Delivers again every MeetingHeld of the meeting, as the dispatcher does after a crash.</summary>
    public static Task RedeliverMeetingHeldAsync(PlatformFactory factory, Guid meetingId) =>
        RedeliverAsync<MeetingHeld>(factory, "meetings", e => e.MeetingId == meetingId);

    /// <summary>Publishes again the events a module's outbox already delivered, as a retry after a crash would.</summary>
    public static async Task RedeliverAsync<TEvent>(PlatformFactory factory, string module, Func<TEvent, bool> which)
        where TEvent : IntegrationEvent
    {
        var messages = (await factory.OutboxAsync(module)).Where(m => m.Kind == OutboxKind.Event).ToList();
        var events = messages
            .Select(m => JsonSerializer.Deserialize(m.Payload, factory.Services.GetRequiredService<EventNames>().TypeOf(m.Name), Json.Options))
            .OfType<TEvent>()
            .Where(which)
            .ToList();
        Assert.NotEmpty(events);
        foreach (var notification in events)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification);
        }
    }
}
