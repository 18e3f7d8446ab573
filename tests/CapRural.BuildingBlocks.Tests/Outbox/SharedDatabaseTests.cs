using System.Collections.Concurrent;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>Two hosts on one database: they share the outbox, deliver nothing twice, keep each subject's order, and take over a dead host's work.</summary>
public sealed class SharedDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Two_dispatchers_deliver_every_message_once_and_each_subject_in_order()
    {
        await using var first = await ModuleHarness.StartAsync(_folder.Path);
        await using var second = await ModuleHarness.StartAsync(_folder.Path);
        var deliveries = new ConcurrentQueue<(string Host, NoteWritten Event)>();
        // The first host delivers nothing until the second has delivered: the second then finds the
        // rows the first did not claim, however the two passes happen to be scheduled.
        var secondDelivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.OnPublish(async n =>
        {
            await secondDelivered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Record(deliveries, "first", n);
        });
        second.OnPublish(n =>
        {
            secondDelivered.TrySetResult();
            return Record(deliveries, "second", n);
        });
        // More subjects than a batch holds, so the second host finds rows the first did not claim.
        var subjects = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToList();
        for (var step = 1; step <= 4; step++)
        {
            var raised = step;
            await first.InScopeAsync(async db =>
            {
                foreach (var subject in subjects)
                {
                    db.Publish(new NoteWritten(subject, $"étape {raised}", Sector.SocialAction));
                }

                await db.SaveChangesAsync();
            });
        }

        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        var delivered = deliveries.ToList();
        Assert.Equal(subjects.Count * 4, delivered.Count);
        Assert.Equal(delivered.Count, delivered.Select(d => d.Event.EventId).Distinct().Count());
        foreach (var subject in subjects)
        {
            Assert.Equal(
                Enumerable.Range(1, 4).Select(i => $"étape {i}"),
                delivered.Where(d => d.Event.NoteId == subject).Select(d => d.Event.Title));
        }

        Assert.Contains(delivered, d => d.Host == "second");
        Assert.All(await first.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task A_dead_hosts_claim_holds_its_messages_until_it_expires_then_another_host_delivers_them()
    {
        await using var survivor = await ModuleHarness.StartAsync(_folder.Path);
        var subject = Guid.NewGuid();
        await survivor.InScopeAsync(async db =>
        {
            db.Publish(new NoteWritten(subject, "candidature", Sector.SocialAction));
            db.Publish(new NoteWritten(subject, "retrait", Sector.SocialAction));
            await db.SaveChangesAsync();
        });
        // The first message was claimed by a host that died before delivering it.
        var lapse = survivor.Clock.GetUtcNow().AddMinutes(2);
        await survivor.InScopeAsync(async db =>
        {
            var first = await db.Outbox.OrderBy(m => m.Sequence).FirstAsync();
            first.ClaimedBy = "dead-host:claim";
            first.ClaimedUntil = lapse;
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await survivor.ProcessDueAsync());

        survivor.Clock.SetUtcNow(lapse);
        Assert.Equal(2, await survivor.ProcessDueAsync());
        Assert.Equal(["candidature", "retrait"], survivor.PublishAttempts.Cast<NoteWritten>().Select(e => e.Title));
        Assert.All(await survivor.OutboxAsync(), m => Assert.Null(m.ClaimedBy));
    }

    public void Dispose() => _folder.Dispose();

    private static ValueTask Record(ConcurrentQueue<(string, NoteWritten)> deliveries, string host, object notification)
    {
        deliveries.Enqueue((host, (NoteWritten)notification));
        return ValueTask.CompletedTask;
    }

    private static async Task DrainAsync(ModuleHarness host)
    {
        for (var idle = 0; idle < 3;)
        {
            idle = await host.ProcessDueAsync() == 0 ? idle + 1 : 0;
            await Task.Yield();
        }
    }
}
