using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Features.PurgeExpiredApplications;

namespace CapRural.Api.Tests.Registration;

/// <summary>People who will not take part are erased everywhere once the retention delay has passed, and are told so.</summary>
public sealed class RetentionTests
{
    private static async Task<JsonNode> ScheduleAsync(HttpClient coordinator, Guid callId)
    {
        var response = await coordinator.GetAsync($"/api/retention/schedule?callId={callId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Not_selected_withdrawn_and_former_members_are_erased_after_their_delay()
    {
        using var factory = new PlatformFactory().With("Retention:NotSelectedDays", "30").With("Retention:FormerMembersDays", "60");
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..3]);
        var (withdrawnId, withdrawnToken) = await RegistrationApi.ApplyAsync(factory.CreateClient(), setup.CallId, RegistrationApi.Form("changed-mind@example.org"));
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithApplicationToken(withdrawnToken).PostAsync($"/api/applications/{withdrawnId}/withdraw", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var withdrawal = Assert.Single(factory.Mails(), m => m.Subject!.StartsWith("Candidature retirée", StringComparison.Ordinal));
        Assert.Contains("effacées automatiquement le 01/04/2026 à 11h00", withdrawal.TextBody!, StringComparison.Ordinal);
        Assert.Contains("30 jours après votre retrait", withdrawal.TextBody!, StringComparison.Ordinal);
        var acknowledgement = factory.Mails().First(m => m.Subject!.StartsWith("Votre candidature", StringComparison.Ordinal));
        Assert.Contains("30 jours après la publication des résultats", acknowledgement.TextBody!, StringComparison.Ordinal);

        var published = factory.Clock.GetUtcNow();
        await LifecycleApi.PublishAsync(factory, setup, new Dictionary<string, string>
        {
            ["Alix"] = "accepted", ["Basile"] = "waitlisted", ["Chloé"] = "declined",
        });

        var schedule = await ScheduleAsync(setup.Coordinator, setup.CallId);
        Assert.Equal(3, schedule["total"]!.GetValue<int>());
        var items = schedule["items"]!.AsArray();
        Assert.Equal(
            new[] { (withdrawnId, "withdrawn"), (setup.Applications["Basile"], "waitlisted"), (setup.Applications["Chloé"], "declined") }.OrderBy(i => i.Item1),
            items.Select(i => (i!["applicationId"]!.GetValue<Guid>(), i["reason"]!.GetValue<string>())).OrderBy(i => i.Item1));
        Assert.All(items, i => Assert.Equal(published.AddDays(30), i!["purgeAt"]!.GetValue<DateTimeOffset>()));
        Assert.All(items, i => Assert.Equal(setup.CallId, i!["callId"]!.GetValue<Guid>()));

        // Alix joins the group, then the coordinator takes her off the roster: 60 days from then.
        var confirmed = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Alix", setup.CallId)}", new { response = "confirm" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await factory.DeliverOutboxAsync();
        factory.Clock.Advance(TimeSpan.FromDays(10));
        var members = (await (await setup.Coordinator.GetAsync($"/api/groups/{setup.CallId}/members")).JsonAsync()).AsArray();
        var alixMember = Assert.Single(members)!["memberId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PostAsync($"/api/groups/{setup.CallId}/members/{alixMember}/leave", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var left = factory.Clock.GetUtcNow();

        schedule = await ScheduleAsync(setup.Coordinator, setup.CallId);
        Assert.Equal(4, schedule["total"]!.GetValue<int>());
        var last = schedule["items"]!.AsArray()[^1]!;
        Assert.Equal(setup.Applications["Alix"], last["applicationId"]!.GetValue<Guid>());
        Assert.Equal("formerMember", last["reason"]!.GetValue<string>());
        Assert.Equal(left.AddDays(60), last["purgeAt"]!.GetValue<DateTimeOffset>());

        factory.Clock.Advance(TimeSpan.FromDays(19));
        Assert.Equal(0, await LifecycleApi.SendAsync(factory, new PurgeExpiredApplications()));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await LifecycleApi.SendAsync(factory, new PurgeExpiredApplications()));
        Assert.Equal(0, await LifecycleApi.SendAsync(factory, new PurgeExpiredApplications()));
        await factory.DeliverOutboxAsync();

        foreach (var id in new[] { withdrawnId, setup.Applications["Basile"], setup.Applications["Chloé"] })
        {
            var erased = await LifecycleApi.ApplicationAsync(setup.Coordinator, id);
            Assert.Equal("erased", erased["status"]!.GetValue<string>());
            Assert.Equal("", erased["lastName"]!.GetValue<string>());
        }

        // The same erasure as a request: one event each, delivered to the other modules, and no trace of the address.
        var registration = await factory.OutboxAsync("registration");
        Assert.Equal(3, registration.Count(m => m.Name == "registration.applicant-data-erased.v1"));
        Assert.All(registration.Where(m => m.Name == "registration.applicant-data-erased.v1"), m => Assert.NotNull(m.ProcessedAt));
        Assert.DoesNotContain(registration, m => m.Payload.Contains("changed-mind@example.org", StringComparison.Ordinal));
        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates?pageSize=100")).JsonAsync();
        Assert.DoesNotContain("Basile", board.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("formerMember", (await LifecycleApi.ApplicationAsync(setup.Coordinator, setup.Applications["Alix"]))["outcome"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(1, await LifecycleApi.SendAsync(factory, new PurgeExpiredApplications()));
        Assert.Equal("erased", (await LifecycleApi.ApplicationAsync(setup.Coordinator, setup.Applications["Alix"]))["status"]!.GetValue<string>());
        Assert.Equal(0, (await ScheduleAsync(setup.Coordinator, setup.CallId))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_schedule_is_for_the_coordinator_paged_and_checked()
    {
        using var factory = new PlatformFactory();
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var withdrawn = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (id, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form($"gone-{i}@example.org"));
            Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithApplicationToken(token).PostAsync($"/api/applications/{id}/withdraw", null)).StatusCode);
            withdrawn.Add(id);
            factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var page = await (await coordinator.GetAsync("/api/retention/schedule?page=2&pageSize=2")).JsonAsync();
        Assert.Equal(3, page["total"]!.GetValue<int>());
        var item = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(withdrawn[2], item["applicationId"]!.GetValue<Guid>());
        Assert.Equal(PlatformFactory.Start.AddHours(2).AddDays(90), item["purgeAt"]!.GetValue<DateTimeOffset>());

        var url = $"/api/retention/schedule?callId={callId}";
        await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.ClientWithApplicationToken("some-token").GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);

        var tooBig = await (await coordinator.GetAsync("/api/retention/schedule?pageSize=500")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(tooBig["errors"]!["pageSize"]);
        var badId = await (await coordinator.GetAsync("/api/retention/schedule?callId=pas-un-id")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("callId", badId["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await coordinator.GetAsync($"/api/retention/schedule?callId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/retention/schedule?page=0");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await coordinator.SendAsync(english)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Invalid data", problem["title"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["page"]);
    }

    [Fact]
    public void A_negative_delay_stops_the_host_at_start()
    {
        using var factory = new PlatformFactory().With("Retention:NotSelectedDays", "-1");
        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Retention:NotSelectedDays", failure.ToString(), StringComparison.Ordinal);
    }
}
