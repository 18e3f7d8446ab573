using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>"Lost link" answers before looking anything up, keeps the address only until handled, and adds links rather than replacing them.</summary>
public sealed class LostLinkTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private List<string> NewLinkTokens(string address, Guid applicationId) =>
        factory.Mails()
            .Where(m => m.Subject == "Vos liens de candidature Cap Rural" && m.To.Mailboxes.Any(b => b.Address == address))
            .Select(m => LifecycleApi.TokenInLink(m.TextBody!, applicationId))
            .ToList();

    [Fact]
    public async Task The_answer_comes_first_the_links_by_e_mail_after_and_every_link_keeps_working_until_erasure()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (applicationId, firstToken) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("lost-twice@example.org"));
        await factory.DeliverOutboxAsync();
        var anonymous = factory.CreateClient();

        // Known (disguised with a look-alike letter and a trailing dot) and unknown: the same answer, and the same single write.
        var outboxBefore = (await factory.OutboxAsync("registration")).Count;
        var known = await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "LOST-TWIC\u0415@example.org." });
        var unknown = await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "never-applied@example.org" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        var queued = (await factory.OutboxAsync("registration")).Skip(outboxBefore).Where(m => m.Kind.ToString() == "Event").ToList();
        Assert.Equal(2, queued.Count);
        Assert.All(queued, m => Assert.Equal("registration.lost-link-requested.v1", m.Name));
        Assert.All(queued, m => Assert.DoesNotContain("@", m.Payload, StringComparison.Ordinal));

        await factory.DeliverOutboxAsync();
        Assert.Equal(0, await factory.ScalarAsync("registration", "SELECT COUNT(*) FROM lost_link_requests"));
        Assert.DoesNotContain(factory.Mails(), m => m.To.ToString().Contains("never-applied", StringComparison.Ordinal));
        var secondToken = Assert.Single(NewLinkTokens("lost-twice@example.org", applicationId));

        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "lost-twice@example.org" })).StatusCode);
        await factory.DeliverOutboxAsync();
        var tokens = NewLinkTokens("lost-twice@example.org", applicationId);
        Assert.Equal(2, tokens.Count);
        var thirdToken = Assert.Single(tokens, t => t != secondToken);

        foreach (var token in new[] { firstToken, secondToken, thirdToken })
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}")).StatusCode);
        }

        // A link sent again may do what the first one does, erasure included — and then none works.
        Assert.Equal(HttpStatusCode.NoContent, (await factory.ClientWithApplicationToken(thirdToken).DeleteAsync($"/api/applications/{applicationId}")).StatusCode);
        foreach (var token in new[] { firstToken, secondToken, thirdToken })
        {
            await (await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}")).ProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal(0, await factory.ScalarAsync("registration", $"SELECT COUNT(*) FROM access_tokens WHERE \"ApplicationId\" = '{applicationId.ToString().ToUpperInvariant()}' OR \"ApplicationId\" = '{applicationId}'"));
    }

    [Fact]
    public async Task A_link_sent_again_opens_only_its_own_application()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (mine, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("own-link@example.org"));
        var (theirs, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("their-link@example.org"));
        Assert.Equal(HttpStatusCode.Accepted, (await factory.CreateClient().PostAsJsonAsync("/api/applications/lost-link", new { email = "own-link@example.org" })).StatusCode);
        await factory.DeliverOutboxAsync();
        var token = Assert.Single(NewLinkTokens("own-link@example.org", mine));

        await (await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{theirs}")).ProblemAsync(HttpStatusCode.NotFound);
        var empty = await (await factory.CreateClient().PostAsJsonAsync("/api/applications/lost-link", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(empty["errors"]!["email"]);
    }
}
