using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Tests.Support;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>
/// While delivery is a full batch behind, new messages wait for that batch before they are written,
/// so a rush cannot pile up more than delivery keeps up with; delivery itself never waits.
/// </summary>
public sealed class BacklogPacingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempFolder _folder = new();
    private readonly TaskCompletionSource _firstDelivery = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_new_message_waits_while_a_full_batch_is_being_delivered_and_is_written_once_it_is()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, OutboxProcessor.BatchSize);
        var pass = StartBlockedPassAsync(module);
        await _firstDelivery.Task.WaitAsync(Patience);

        var request = WriteAsync(module, "Pendant la livraison");
        await Task.Delay(300);
        Assert.False(request.IsCompleted);

        _release.SetResult();
        await pass.WaitAsync(Patience);
        await request.WaitAsync(Patience);
        Assert.Contains("Pendant la livraison", await module.NoteTitlesAsync());
    }

    [Fact]
    public async Task After_a_full_batch_with_more_due_a_new_message_waits_for_the_next_batch_and_not_after_the_last()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, OutboxProcessor.BatchSize * 2 + 10);
        await module.ProcessDueAsync();

        // Between two batches: the dispatcher is still a full batch behind.
        var request = WriteAsync(module, "Entre deux lots");
        await Task.Delay(300);
        Assert.False(request.IsCompleted);

        await module.ProcessDueAsync();
        await request.WaitAsync(Patience);

        // The third pass finds less than a batch due: delivery has caught up, nothing waits any more.
        await module.ProcessDueAsync();
        await WriteAsync(module, "Rattrapé").WaitAsync(TimeSpan.FromMilliseconds(500));
        Assert.Contains("Entre deux lots", await module.NoteTitlesAsync());
    }

    [Fact]
    public async Task A_new_message_is_written_at_once_while_delivery_has_less_than_a_batch_to_do()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, 10);
        var pass = StartBlockedPassAsync(module);
        await _firstDelivery.Task.WaitAsync(Patience);

        await WriteAsync(module, "Sans attendre").WaitAsync(TimeSpan.FromMilliseconds(500));

        Assert.False(pass.IsCompleted);
        _release.SetResult();
        await pass.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_stalled_delivery_delays_a_new_message_by_at_most_the_maximum_wait()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, OutboxProcessor.BatchSize);
        var pass = StartBlockedPassAsync(module);
        await _firstDelivery.Task.WaitAsync(Patience);

        await WriteAsync(module, "Malgré le blocage").WaitAsync(OutboxBacklog.MaxWait * 3);

        Assert.False(pass.IsCompleted);
        _release.SetResult();
        await pass.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_consumers_reaction_during_a_full_batch_is_written_without_waiting_for_the_batch()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, OutboxProcessor.BatchSize);
        var reacted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        module.OnPublish(async notification =>
        {
            if (_firstDelivery.TrySetResult())
            {
                // A consumer's own message, written from within the delivery of the batch.
                await WriteAsync(module, "Réaction");
                reacted.SetResult();
                await _release.Task.WaitAsync(Patience);
            }
        });
        var pass = module.ProcessDueAsync();

        // Well within the maximum wait: the reaction did not wait for the batch it is part of.
        await reacted.Task.WaitAsync(OutboxBacklog.MaxWait / 2);
        _release.SetResult();
        await pass.WaitAsync(Patience);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A pass whose first delivery waits for the test's release (the others are immediate).</summary>
    private Task<int> StartBlockedPassAsync(ModuleHarness module)
    {
        module.OnPublish(async _ =>
        {
            if (_firstDelivery.TrySetResult())
            {
                await _release.Task.WaitAsync(Patience);
            }
        });
        return module.ProcessDueAsync();
    }

    private static Task QueueAsync(ModuleHarness module, int events) => module.InScopeAsync(async db =>
    {
        for (var i = 0; i < events; i++)
        {
            db.Publish(new NoteWritten(Guid.NewGuid(), $"Note {i}", Sector.LocalDevelopment));
        }

        await db.SaveChangesAsync();
    });

    /// <summary>A request's write: a note and the event telling of it.</summary>
    private static Task WriteAsync(ModuleHarness module, string title) => module.InScopeAsync(async db =>
    {
        var note = new Note { Title = title };
        db.Notes.Add(note);
        db.Publish(new NoteWritten(note.Id, title, Sector.SocialAction));
        await db.SaveChangesAsync();
    });
}
