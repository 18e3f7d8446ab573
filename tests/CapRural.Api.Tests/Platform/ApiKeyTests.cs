using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Platform;

public sealed class ApiKeyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_coordinator_hands_out_a_key_shown_once_and_can_revoke_it()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var response = await coordinator.PostAsJsonAsync("/api/admin/api-keys", new { name = "Relectrice", role = "reviewer" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        var key = created["key"]!.GetValue<string>();
        var id = created["id"]!.GetValue<Guid>();

        var listed = await (await coordinator.GetAsync("/api/admin/api-keys")).JsonAsync();
        var entry = listed.AsArray().Single(k => k!["id"]!.GetValue<Guid>() == id)!;
        Assert.Null(entry["key"]);
        Assert.Equal("reviewer", entry["role"]!.GetValue<string>());

        var reviewer = factory.CreateClient();
        reviewer.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, key);
        await (await reviewer.GetAsync("/api/admin/api-keys")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/admin/api-keys/{id}")).StatusCode);
        await (await reviewer.GetAsync("/api/admin/api-keys")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await coordinator.DeleteAsync($"/api/admin/api-keys/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_key_needs_a_name_and_a_known_role()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var problem = await (await coordinator.PostAsJsonAsync("/api/admin/api-keys", new { name = "", role = "admin" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["name", "role"], problem["errors"]!.AsObject().Select(e => e.Key).Order().ToArray());
    }

    [Fact]
    public async Task Administration_is_closed_to_everyone_but_the_coordinator()
    {
        foreach (var url in new[] { "/api/admin/api-keys", "/api/admin/outbox" })
        {
            await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await factory.ClientWithApplicationToken("x").GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task The_coordinator_sees_the_state_of_every_module_outbox()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var states = await (await coordinator.GetAsync("/api/admin/outbox")).JsonAsync();
        Assert.Contains(states.AsArray(), s => s!["module"]!.GetValue<string>() == "registration");
        await (await coordinator.PostAsync($"/api/admin/outbox/registration/{Guid.NewGuid()}/retry", null)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
