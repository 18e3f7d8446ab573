using CapRural.BuildingBlocks.Modules;
using Microsoft.Extensions.Hosting;
using NSubstitute;

namespace CapRural.BuildingBlocks.Tests.Modules;

public sealed class HostStartTests : IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly IHostApplicationLifetime _lifetime = Substitute.For<IHostApplicationLifetime>();

    public HostStartTests() => _lifetime.ApplicationStarted.Returns(_started.Token);

    [Fact]
    public async Task Background_work_waits_until_the_host_has_started()
    {
        var waiting = _lifetime.WhenStartedAsync(_stopping.Token);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        await _started.CancelAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(_lifetime.WhenStartedAsync(_stopping.Token).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_host_stopping_before_it_started_ends_the_wait_as_cancelled()
    {
        var waiting = _lifetime.WhenStartedAsync(_stopping.Token);

        await _stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
    }
}
