using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Tests.Support;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>
/// The dispatcher's loop looks at a module's outbox when a message was committed to it here, and
/// otherwise once per poll interval: what another host commits, or a retry coming due, waits at most that long.
/// </summary>
public sealed class NoticedPassTests : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_message_committed_here_is_delivered_at_the_next_pass()
    {
        await using var host = await ModuleHarness.StartAsync(_folder.Path);
        host.OnPublish(_ => ValueTask.CompletedTask);
        Assert.Equal(0, await host.ProcessNoticedAsync(PollInterval));

        await host.PublishNoteAsync("Compte rendu de la rencontre de Riom");

        Assert.Equal(1, await host.ProcessNoticedAsync(PollInterval));
        Assert.NotNull(Assert.Single(await host.OutboxAsync()).ProcessedAt);
    }

    [Fact]
    public async Task A_message_committed_by_another_host_is_delivered_once_the_poll_interval_has_passed()
    {
        await using var host = await ModuleHarness.StartAsync(_folder.Path);
        await using var other = await ModuleHarness.StartAsync(_folder.Path);
        host.OnPublish(_ => ValueTask.CompletedTask);
        Assert.Equal(0, await host.ProcessNoticedAsync(PollInterval));

        await other.PublishNoteAsync("Fiche méthode : le diagnostic partagé");
        Assert.Equal(0, await host.ProcessNoticedAsync(PollInterval));
        host.Clock.Advance(PollInterval);

        Assert.Equal(1, await host.ProcessNoticedAsync(PollInterval));
        Assert.NotNull(Assert.Single(await host.OutboxAsync()).ProcessedAt);
    }

    [Fact]
    public async Task A_full_batch_is_followed_by_another_look_without_waiting_for_the_poll()
    {
        await using var host = await ModuleHarness.StartAsync(_folder.Path);
        await using var other = await ModuleHarness.StartAsync(_folder.Path);
        host.OnPublish(_ => ValueTask.CompletedTask);
        Assert.Equal(0, await host.ProcessNoticedAsync(PollInterval));
        host.Clock.Advance(PollInterval);
        await other.InScopeAsync(async db =>
        {
            for (var i = 0; i < OutboxProcessor.BatchSize + 1; i++)
            {
                db.Publish(new NoteWritten(Guid.NewGuid(), $"note {i}", Sector.LocalDevelopment));
            }

            await db.SaveChangesAsync();
        });

        Assert.Equal(OutboxProcessor.BatchSize, await host.ProcessNoticedAsync(PollInterval));
        Assert.Equal(1, await host.ProcessNoticedAsync(PollInterval));
        Assert.Equal(0, await host.ProcessNoticedAsync(PollInterval));
        Assert.All(await host.OutboxAsync(), message => Assert.NotNull(message.ProcessedAt));
    }

    public void Dispose() => _folder.Dispose();
}
