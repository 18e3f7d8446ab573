using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>A crash at any point of delivery loses nothing and duplicates nothing.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_event_committed_just_before_a_crash_is_delivered_once_after_restart()
    {
        var written = new NoteWritten(Guid.NewGuid(), "Atelier « tiers-lieux » du 12 mars", Sector.SocialAction);
        DateTimeOffset committedAt;
        await using (var beforeCrash = await ModuleHarness.StartAsync(_folder.Path))
        {
            committedAt = beforeCrash.Clock.GetUtcNow();
            await beforeCrash.InScopeAsync(async db =>
            {
                db.Notes.Add(new Note { Id = written.NoteId, Title = written.Title });
                db.Publish(written);
                await db.SaveChangesAsync();
            });
        }

        await using var afterRestart = await ModuleHarness.StartAsync(_folder.Path);
        afterRestart.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(1, await afterRestart.ProcessDueAsync());
        var delivered = Assert.Single(afterRestart.PublishAttempts);
        Assert.Equal(written with { OccurredAt = committedAt }, delivered);
        var message = Assert.Single(await afterRestart.OutboxAsync());
        Assert.Equal(written.EventId, message.Id);
        Assert.Equal(afterRestart.Clock.GetUtcNow(), message.ProcessedAt);

        Assert.Equal(0, await afterRestart.ProcessDueAsync());
        Assert.Single(afterRestart.PublishAttempts);
    }

    [Fact]
    public async Task A_redelivered_event_has_no_second_effect_on_its_consumer()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var written = new NoteWritten(Guid.NewGuid(), "Bilan annuel", Sector.LocalDevelopment);

        await module.DeliverToAnswererAsync(written);
        await module.DeliverToAnswererAsync(written);

        Assert.Equal([NoteAnswerer.AnswerTo(written)], await module.NoteTitlesAsync());
        var handled = Assert.Single(await module.QueryAsync(db => db.Inbox.ToListAsync()));
        Assert.Equal(written.EventId, handled.EventId);
    }

    [Fact]
    public async Task A_crash_after_delivery_but_before_marking_it_done_does_not_repeat_the_reaction()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        module.OnPublish(notification => module.DeliverToAnswererAsync((NoteWritten)notification));
        var written = new NoteWritten(Guid.NewGuid(), "Questionnaire aux élus", Sector.LocalDevelopment);
        await module.InScopeAsync(async db =>
        {
            db.Publish(written);
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, await module.ProcessDueAsync());
        await module.ForgetDeliveriesAsync();
        Assert.Equal(1, await module.ProcessDueAsync());

        Assert.Equal(2, module.PublishAttempts.Count);
        Assert.Equal([NoteAnswerer.AnswerTo(written)], await module.NoteTitlesAsync());
        Assert.Single(await module.QueryAsync(db => db.Inbox.ToListAsync()));
        Assert.NotNull(Assert.Single(await module.OutboxAsync()).ProcessedAt);
    }

    public void Dispose() => _folder.Dispose();
}
