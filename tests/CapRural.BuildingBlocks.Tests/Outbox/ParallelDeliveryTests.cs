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
    public async Task An_e_mail_waiting_for_its_persons_event_does_not_hold_back_another_persons_e_mail()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        // The event finishes only once the other person's e-mail is out: held back behind it, that e-mail would never go.
        module.OnPublish(async _ =>
        {
            var deadline = DateTime.UtcNow + Patience;
            while (!Directory.Exists(module.MailDirectory) || Directory.GetFiles(module.MailDirectory, "*.eml").Length == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the other person's e-mail waited for this event");
                await Task.Delay(10);
            }
        });
        // As in a rush: each submission is followed by its acknowledgement, which must wait for it.
        var first = Guid.NewGuid();
        await PublishAsync(module, new NoteWritten(first, "Première", Sector.LocalDevelopment));
        await QueueEmailAsync(module, first, "premiere@example.org");
        await QueueEmailAsync(module, Guid.NewGuid(), "seconde@example.org");

        await module.ProcessDueAsync();

        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
        Assert.Equal(2, Directory.GetFiles(module.MailDirectory, "*.eml").Length);
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

    private static Task QueueEmailAsync(ModuleHarness module, Guid subject, string to) => module.InScopeAsync(async db =>
    {
        db.QueueEmail(subject, new EmailMessage(to, "Accusé de réception", "Bonjour"));
        await db.SaveChangesAsync();
    });

    private static Task PublishAsync(ModuleHarness module, IntegrationEvent integrationEvent) => module.InScopeAsync(async db =>
    {
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    });
}
