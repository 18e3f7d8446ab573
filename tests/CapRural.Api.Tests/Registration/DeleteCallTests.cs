using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

public sealed class DeleteCallTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private readonly DateTimeOffset _now = PlatformFactory.Start;

    [Fact]
    public async Task A_draft_created_by_mistake_can_be_deleted_and_is_gone()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await DraftAsync(coordinator);

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/calls/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/calls/{callId}")).StatusCode);
        await (await coordinator.DeleteAsync($"/api/calls/{callId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_published_call_is_not_deleted_and_the_answer_says_to_close_it()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);

        var refused = await (await coordinator.DeleteAsync($"/api/calls/{callId}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Seul un brouillon", refused["detail"]!.GetValue<string>());
        Assert.Contains("/close", refused["detail"]!.GetValue<string>());

        using var english = new HttpRequestMessage(HttpMethod.Delete, $"/api/calls/{callId}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await coordinator.SendAsync(english)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Only a draft can be deleted", inEnglish["detail"]!.GetValue<string>());

        var call = await (await factory.CreateClient().GetAsync($"/api/calls/{callId}")).JsonAsync();
        Assert.Equal("published", call["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_coordinator_deletes_a_draft()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await DraftAsync(coordinator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().DeleteAsync($"/api/calls/{callId}")).StatusCode);
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync($"/api/calls/{callId}")).StatusCode);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.DeleteAsync($"/api/calls/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/calls/{callId}")).StatusCode);
        await (await coordinator.DeleteAsync($"/api/calls/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Guid> DraftAsync(HttpClient coordinator)
    {
        var created = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(_now.AddDays(1), _now.AddDays(30), "Créé par erreur"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["callId"]!.GetValue<Guid>();
    }
}
