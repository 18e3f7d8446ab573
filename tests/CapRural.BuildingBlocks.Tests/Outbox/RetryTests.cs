using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>A message that cannot be delivered is retried later, then set aside — never dropped, never blocking.</summary>
public sealed class RetryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_failing_event_is_retried_with_growing_delays_then_parked_with_its_error()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var failing = true;
        module.OnPublish(_ => failing
            ? ValueTask.FromException(new InvalidOperationException("Le module Réunions ne répond pas"))
            : ValueTask.CompletedTask);
        await module.PublishNoteAsync("Relevé de décisions");

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await module.ProcessDueAsync());
            var message = Assert.Single(await module.OutboxAsync());
            Assert.Equal(attempt, message.Attempts);
            Assert.Contains("Le module Réunions ne répond pas", message.LastError, StringComparison.Ordinal);
            Assert.Null(message.ProcessedAt);
            if (attempt == OutboxMessage.MaxAttempts)
            {
                Assert.Equal(module.Clock.GetUtcNow(), message.ParkedAt);
                break;
            }

            Assert.Null(message.ParkedAt);
            delays.Add(message.NextAttemptAt - module.Clock.GetUtcNow());
            Assert.Equal(0, await module.ProcessDueAsync());
            module.Clock.SetUtcNow(message.NextAttemptAt);
        }

        Assert.True(delays[0] > TimeSpan.Zero, $"first retry delay {delays[0]}");
        for (var i = 1; i < delays.Count; i++)
        {
            Assert.True(delays[i] > delays[i - 1] || delays[i] == TimeSpan.FromMinutes(10), $"retry delays do not grow until the cap: {string.Join(", ", delays)}");
            Assert.True(delays[i] <= TimeSpan.FromMinutes(10), $"retry delay {delays[i]} exceeds 10 minutes");
        }

        Assert.Equal(TimeSpan.FromMinutes(10), delays[^1]);
        module.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await module.ProcessDueAsync());
        Assert.Equal(OutboxMessage.MaxAttempts, module.PublishAttempts.Count);
        Assert.NotNull(Assert.Single(await module.OutboxAsync()).ParkedAt);

        failing = false;
        await module.InScopeAsync(async db =>
        {
            (await db.Outbox.SingleAsync()).Unpark(module.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Assert.Equal(1, await module.ProcessDueAsync());
        var delivered = Assert.Single(await module.OutboxAsync());
        Assert.Equal(module.Clock.GetUtcNow(), delivered.ProcessedAt);
        Assert.Null(delivered.ParkedAt);
        Assert.Null(delivered.LastError);
    }

    [Fact]
    public async Task A_failing_event_does_not_hold_back_the_events_behind_it()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        module.OnPublish(notification => notification is NoteWritten { Title: "Illisible" }
                ? ValueTask.FromException(new FormatException("Contenu illisible"))
                : ValueTask.CompletedTask);
        await module.PublishNoteAsync("Illisible");
        module.Clock.Advance(TimeSpan.FromSeconds(1));
        await module.PublishNoteAsync("Ordre du jour");

        Assert.Equal(2, await module.ProcessDueAsync());

        var messages = await module.OutboxAsync();
        Assert.Equal(2, messages.Count);
        Assert.Null(messages[0].ProcessedAt);
        Assert.Equal(1, messages[0].Attempts);
        Assert.NotNull(messages[1].ProcessedAt);
        Assert.Equal(["Illisible", "Ordre du jour"], module.PublishAttempts.Cast<NoteWritten>().Select(e => e.Title));
    }

    public void Dispose() => _folder.Dispose();
}
