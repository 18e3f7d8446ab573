using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Tests.Support;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>A rush is delivered side by side, person by person, without reordering what must stay in order.</summary>
public sealed class ParallelDeliveryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Events_of_one_kind_about_different_people_are_delivered_side_by_side()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first delivery finishes only once the second has begun: one at a time, it would give up.
        module.OnPublish(async notification =>
        {
            if (notification is NoteWritten { Title: "Première" })
            {
                await secondStarted.Task.WaitAsync(Patience);
            }
            else
            {
                secondStarted.TrySetResult();
            }
        });
        await PublishAsync(module, new NoteWritten(Guid.NewGuid(), "Première", Sector.LocalDevelopment));
        await PublishAsync(module, new NoteWritten(Guid.NewGuid(), "Seconde", Sector.LocalDevelopment));

        await module.ProcessDueAsync();

        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task A_message_waiting_for_its_persons_previous_one_does_not_hold_back_the_next_person()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        module.OnPublish(async notification =>
        {
            if (notification is NoteWritten { Title: "Première" })
            {
                await secondStarted.Task.WaitAsync(Patience);
            }
            else
            {
                secondStarted.TrySetResult();
            }
        });
        // As in a rush: each submission is followed by its acknowledgement, which must wait for it.
        var first = Guid.NewGuid();
        await PublishAsync(module, new NoteWritten(first, "Première", Sector.LocalDevelopment));
        await module.InScopeAsync(async db =>
        {
            db.QueueEmail(first, new EmailMessage("premiere@example.org", "Accusé de réception", "Bonjour"));
            await db.SaveChangesAsync();
        });
        await PublishAsync(module, new NoteWritten(Guid.NewGuid(), "Seconde", Sector.LocalDevelopment));

        await module.ProcessDueAsync();

        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
        Assert.Single(Directory.GetFiles(module.MailDirectory, "*.eml"));
    }

    [Fact]
    public async Task An_event_of_another_kind_waits_for_the_deliveries_before_it()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var finished = new List<string>();
        var archiveStartedAfter = new List<string>();
        module.OnPublish(async notification =>
        {
            switch (notification)
            {
                case NoteWritten written:
                    // Slow enough that anything not waiting for it would start first.
                    await Task.Delay(TimeSpan.FromMilliseconds(300));
                    lock (finished)
                    {
                        finished.Add(written.Title);
                    }

                    break;
                case NoteArchived:
                    lock (finished)
                    {
                        archiveStartedAfter.AddRange(finished);
                    }

                    break;
            }
        });
        await PublishAsync(module, new NoteWritten(Guid.NewGuid(), "Appel", Sector.LocalDevelopment));
        await PublishAsync(module, new NoteWritten(Guid.NewGuid(), "Relance", Sector.LocalDevelopment));
        await PublishAsync(module, new NoteArchived(Guid.NewGuid()));

        await module.ProcessDueAsync();

        Assert.Equal(["Appel", "Relance"], archiveStartedAfter.Order());
        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    public void Dispose() => _folder.Dispose();

    private static Task PublishAsync(ModuleHarness module, IntegrationEvent integrationEvent) => module.InScopeAsync(async db =>
    {
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    });
}
