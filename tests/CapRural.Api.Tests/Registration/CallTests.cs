using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

public sealed class CallTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private readonly DateTimeOffset _now = PlatformFactory.Start;

    [Fact]
    public async Task A_draft_is_invisible_to_the_public_until_published_then_listed_as_open()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(_now.AddDays(-1), _now.AddDays(10), "Brouillon visible plus tard"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var callId = (await created.JsonAsync())["callId"]!.GetValue<Guid>();
        Assert.Equal($"/api/calls/{callId}", created.Headers.Location?.ToString());

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/calls/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/calls/{callId}")).StatusCode);

        await coordinator.PostAsync($"/api/calls/{callId}/publish", null);
        var call = await (await anonymous.GetAsync($"/api/calls/{callId}")).JsonAsync();
        Assert.True(call["isOpen"]!.GetValue<bool>());
        Assert.Equal("published", call["status"]!.GetValue<string>());

        var list = await (await anonymous.GetAsync("/api/calls?pageSize=100")).JsonAsync();
        Assert.Contains(list["items"]!.AsArray(), item => item!["callId"]!.GetValue<Guid>() == callId);
        Assert.Equal(100, list["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task Publishing_and_closing_raise_the_events_other_modules_rely_on()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        var edited = await coordinator.PutAsJsonAsync($"/api/calls/{callId}", RegistrationApi.CallBody(_now.AddDays(-1), _now.AddDays(40)));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var closed = await coordinator.PostAsync($"/api/calls/{callId}/close", null);
        Assert.False((await closed.JsonAsync())["isOpen"]!.GetValue<bool>());

        await factory.DeliverOutboxAsync();
        var events = (await factory.OutboxAsync("registration")).Where(m => m.Payload.Contains(callId.ToString())).ToList();
        Assert.Contains(events, m => m.Name == "registration.call-opened.v1");
        Assert.Contains(events, m => m.Name == "registration.call-updated.v1");
        Assert.Contains(events, m => m.Name == "registration.call-closed.v1");
        Assert.All(events, m => Assert.NotNull(m.ProcessedAt));
    }

    [Fact]
    public async Task A_closed_call_cannot_be_closed_again_nor_edited_nor_published()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        await coordinator.PostAsync($"/api/calls/{callId}/close", null);

        await (await coordinator.PostAsync($"/api/calls/{callId}/close", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await coordinator.PostAsync($"/api/calls/{callId}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
        var edit = await coordinator.PutAsJsonAsync($"/api/calls/{callId}", RegistrationApi.CallBody(_now, _now.AddDays(3)));
        var problem = await edit.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("clos", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_call_fields_are_named_with_the_rule_they_break()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var body = RegistrationApi.CallBody(_now.AddDays(5), _now.AddDays(1));
        body["title"] = "";
        body["targetGroupSize"] = 0;
        var problem = await (await coordinator.PostAsJsonAsync("/api/calls", body)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("title", errors.Select(e => e.Key));
        Assert.Contains("closesAt", errors.Select(e => e.Key));
        Assert.Contains("targetGroupSize", errors.Select(e => e.Key));
        Assert.Equal("La clôture doit suivre l'ouverture.", errors["closesAt"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("")]
    [InlineData("{\"targetGroupSize\": \"vingt\"}")]
    public async Task Malformed_or_empty_bodies_get_400_not_500(string json)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var response = await coordinator.PostAsync("/api/calls", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_query_values_and_missing_bodies_are_explained_in_french()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var empty = await (await coordinator.PostAsync("/api/calls", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Le corps de la requête est absent ou vide : envoyez un objet JSON.", empty["detail"]!.GetValue<string>());
        var page = await (await factory.CreateClient().GetAsync("/api/calls?page=abc")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Valeur invalide pour le paramètre « page ».", page["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_coordinator_creates_edits_publishes_and_closes_calls()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        var body = RegistrationApi.CallBody(_now, _now.AddDays(3));
        foreach (var (client, expected) in new[]
        {
            (factory.CreateClient(), HttpStatusCode.Unauthorized),
            (await factory.ClientWithRoleAsync(Roles.Reviewer), HttpStatusCode.Forbidden),
            (await factory.ClientWithRoleAsync(Roles.Partner), HttpStatusCode.Forbidden),
            (factory.ClientWithApplicationToken("some-token"), HttpStatusCode.Forbidden),
        })
        {
            await (await client.PostAsJsonAsync("/api/calls", body)).ProblemAsync(expected);
            await (await client.PutAsJsonAsync($"/api/calls/{callId}", body)).ProblemAsync(expected);
            await (await client.PostAsync($"/api/calls/{callId}/publish", null)).ProblemAsync(expected);
            await (await client.PostAsync($"/api/calls/{callId}/close", null)).ProblemAsync(expected);
        }
    }

    [Fact]
    public async Task An_unknown_call_is_404_and_a_revoked_or_forged_key_is_401()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await (await coordinator.GetAsync($"/api/calls/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.PostAsync($"/api/calls/{Guid.NewGuid()}/publish", null)).ProblemAsync(HttpStatusCode.NotFound);

        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, "cr_not-a-real-key");
        await (await forged.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(_now, _now.AddDays(1)))).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
