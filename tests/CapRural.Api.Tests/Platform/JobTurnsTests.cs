using CapRural.BuildingBlocks.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Platform;

/// <summary>Periodic jobs (closing calls, reminders, retention) run once per interval however many hosts tick together.</summary>
public sealed class JobTurnsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<bool[]> TickTogetherAsync(string job, int hosts)
    {
        var ticks = Enumerable.Range(0, hosts).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IJobTurns>().TryTakeAsync(job, TimeSpan.FromMinutes(5), CancellationToken.None);
        });
        return await Task.WhenAll(ticks);
    }

    [Fact]
    public async Task Of_five_hosts_ticking_at_once_one_runs_the_job_and_the_next_run_is_due_after_the_interval()
    {
        _ = factory.Services;

        Assert.Single(await TickTogetherAsync("test.first-run", 5), taken => taken);
        Assert.DoesNotContain(await TickTogetherAsync("test.first-run", 5), taken => taken);

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.DoesNotContain(await TickTogetherAsync("test.first-run", 5), taken => taken);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await TickTogetherAsync("test.first-run", 5), taken => taken);
    }
}
