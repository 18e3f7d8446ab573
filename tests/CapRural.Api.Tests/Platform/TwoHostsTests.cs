using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Platform;

/// <summary>
/// Two hosts on one database, as behind a reverse proxy: a key revoked on one closes the other within
/// the cache's delay, and the outbox they share is delivered once (the partner list: PublicListCacheTests).
/// </summary>
public sealed class TwoHostsTests : IDisposable
{
    private readonly PlatformFactory _first = new();
    private readonly PlatformFactory _second;

    public TwoHostsTests() => _second = _first.SecondHost();

    private static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var started = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(started.Elapsed < limit, $"still not seen after {limit.TotalSeconds} s");
            await Task.Delay(100);
        }

        return started.Elapsed;
    }

    [Fact]
    public async Task A_key_revoked_on_one_host_stops_opening_the_other_within_five_seconds()
    {
        var admin = await _first.ClientWithRoleAsync(Roles.Coordinator);
        var created = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new { name = "Seconde coordinatrice", role = Roles.Coordinator })).JsonAsync();
        var keyOnSecond = _second.CreateClient();
        keyOnSecond.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, created["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await keyOnSecond.GetAsync("/api/admin/api-keys")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/api-keys/{created["id"]}")).StatusCode);

        var seenAfter = await WaitUntilAsync(
            async () => (await keyOnSecond.GetAsync("/api/admin/api-keys")).StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(8));
        Assert.True(seenAfter < TimeSpan.FromSeconds(6), $"revocation seen after {seenAfter.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Both_hosts_delivering_the_same_outbox_at_once_send_each_e_mail_once()
    {
        var coordinator = await _first.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await Registration.RegistrationApi.OpenCallAsync(coordinator, _first.Clock.GetUtcNow());
        for (var i = 0; i < 12; i++)
        {
            await Registration.RegistrationApi.ApplyAsync((i % 2 == 0 ? _first : _second).CreateClient(), callId, Registration.RegistrationApi.Form($"both-hosts-{i}@example.org"));
        }

        await Task.WhenAll(_first.DeliverOutboxAsync(), _second.DeliverOutboxAsync());

        var acknowledgements = _first.Mails().Where(m => m.To.Mailboxes.Any(b => b.Address.StartsWith("both-hosts-", StringComparison.Ordinal))).ToList();
        Assert.Equal(12, acknowledgements.Count);
        Assert.Equal(12, acknowledgements.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        var outbox = await _first.OutboxAsync("registration");
        Assert.All(outbox, m => Assert.NotNull(m.ProcessedAt));
        var sends = _first.Sends.Concat(_second.Sends).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        Assert.Equal(outbox.Count(m => m.Name == CapRural.BuildingBlocks.Outbox.OutboxMessage.EmailName), sends.Count);
        Assert.All(sends, s => Assert.Equal(1, s.Value));
    }

    [Fact]
    public async Task A_batch_slower_than_its_lease_keeps_its_claim_so_the_other_host_sends_none_of_its_e_mails()
    {
        // The first host's relay takes its time: the batch it is sending stays in hand while the clocks move on.
        var relay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _first.BeforeSend = () =>
        {
            sending.TrySetResult();
            return relay.Task;
        };
        var coordinator = await _first.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await Registration.RegistrationApi.OpenCallAsync(coordinator, _first.Clock.GetUtcNow());
        for (var i = 0; i < 3; i++)
        {
            await Registration.RegistrationApi.ApplyAsync(_first.CreateClient(), callId, Registration.RegistrationApi.Form($"slow-relay-{i}@example.org"));
        }

        var firstDelivery = _first.DeliverOutboxAsync();
        await sending.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var held = (await _first.OutboxAsync("registration")).Where(m => m.ClaimedBy is not null).Select(m => m.Id).ToList();
        Assert.NotEmpty(held);

        // A lease and a half goes by on the first host's clock, a second at a time, as it would in a slow send.
        var lease = new CapRural.BuildingBlocks.Outbox.OutboxOptions().ClaimLease;
        for (var second = 0; second < lease.TotalSeconds * 1.5; second++)
        {
            _first.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        Assert.All(
            (await _first.OutboxAsync("registration")).Where(m => held.Contains(m.Id)),
            m => Assert.True(m.ClaimedUntil > _first.Clock.GetUtcNow(), $"claim expired at {m.ClaimedUntil}"));

        // A lease and a half after the claim, the second host delivers what is due.
        _second.Clock.Advance(lease * 1.5);
        await _second.DeliverOutboxAsync();
        Assert.DoesNotContain(held, _second.Sends.ContainsKey);

        relay.SetResult();
        await firstDelivery;
        await _second.DeliverOutboxAsync();
        var outbox = await _first.OutboxAsync("registration");
        Assert.All(outbox, m => Assert.NotNull(m.ProcessedAt));
        var emails = outbox.Where(m => m.Name == CapRural.BuildingBlocks.Outbox.OutboxMessage.EmailName).Select(m => m.Id).ToList();
        Assert.Equal(3, emails.Count);
        Assert.All(emails, id => Assert.Equal(1, _first.Sends.GetValueOrDefault(id) + _second.Sends.GetValueOrDefault(id)));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}
