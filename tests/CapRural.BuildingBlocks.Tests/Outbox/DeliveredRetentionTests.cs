using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Tests.Support;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>Delivered messages carry personal data: they are kept a month for inquiry, then deleted; undelivered ones stay.</summary>
public sealed class DeliveredRetentionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_message_delivered_more_than_thirty_days_ago_is_deleted_and_a_recent_or_parked_one_is_kept()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        module.OnPublish(notification => notification is NoteWritten { Title: "Suspendue" }
            ? ValueTask.FromException(new InvalidOperationException("Destinataire indisponible"))
            : ValueTask.CompletedTask);
        await module.PublishNoteAsync("Ancienne");
        await module.PublishNoteAsync("Suspendue");
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            await module.ProcessDueAsync();
            module.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        module.Clock.Advance(OutboxProcessor.Retention);
        await module.PublishNoteAsync("Nouvelle");
        await module.ProcessDueAsync();

        var left = await module.OutboxAsync();
        Assert.Equal(2, left.Count);
        Assert.NotNull(left.Single(m => m.Payload.Contains("Suspendue", StringComparison.Ordinal)).ParkedAt);
        Assert.NotNull(left.Single(m => m.Payload.Contains("Nouvelle", StringComparison.Ordinal)).ProcessedAt);
    }

    public void Dispose() => _folder.Dispose();
}
