using CapRural.BuildingBlocks.Outbox;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>The dispatcher wakes once for a rush of commits, and again for any commit after it woke.</summary>
public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task A_rush_of_commits_wakes_the_dispatcher_once()
    {
        using var signal = new OutboxSignal();
        await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(() => signal.Notify(typeof(OutboxSignalTests)))));

        Assert.True(await signal.WaitAsync(Quiet, CancellationToken.None));
        Assert.False(await signal.WaitAsync(Quiet, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_made_after_the_dispatcher_woke_wakes_it_again()
    {
        using var signal = new OutboxSignal();
        signal.Notify(typeof(OutboxSignalTests));
        Assert.True(await signal.WaitAsync(Quiet, CancellationToken.None));

        signal.Notify(typeof(OutboxSignalTests));
        signal.Notify(typeof(OutboxSignalTests));

        Assert.True(await signal.WaitAsync(Quiet, CancellationToken.None));
        Assert.False(await signal.WaitAsync(Quiet, CancellationToken.None));
    }

    [Fact]
    public async Task A_wait_that_timed_out_leaves_the_next_commit_waking_the_dispatcher()
    {
        using var signal = new OutboxSignal();
        Assert.False(await signal.WaitAsync(Quiet, CancellationToken.None));

        signal.Notify(typeof(OutboxSignalTests));

        Assert.True(await signal.WaitAsync(Quiet, CancellationToken.None));
    }

    [Fact]
    public void A_notice_names_the_module_it_was_given_for_and_is_taken_once()
    {
        using var signal = new OutboxSignal();
        signal.Notify(typeof(OutboxSignalTests));

        Assert.False(signal.TakeNotice(typeof(OutboxSignal)));
        Assert.True(signal.TakeNotice(typeof(OutboxSignalTests)));
        Assert.False(signal.TakeNotice(typeof(OutboxSignalTests)));
    }
}
