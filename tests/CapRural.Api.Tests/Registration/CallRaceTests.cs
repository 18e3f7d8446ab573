using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>A coordinator double-clicking, or two tabs open: one publication, one closing, one deletion — never two events, never a 500.</summary>
public sealed class CallRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Five_parallel_publications_open_the_call_once_and_the_others_get_a_conflict()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await DraftAsync(coordinator);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => coordinator.PostAsync($"/api/calls/{callId}/publish", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await factory.OutboxAsync("registration"), m => m.Name == "registration.call-opened.v1" && m.SubjectId == callId);
    }

    [Fact]
    public async Task Five_parallel_closings_close_the_call_once()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => coordinator.PostAsync($"/api/calls/{callId}/close", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await factory.OutboxAsync("registration"), m => m.Name == "registration.call-closed.v1" && m.SubjectId == callId);
    }

    [Fact]
    public async Task Five_parallel_deletions_of_a_draft_delete_it_once_without_a_server_error()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await DraftAsync(coordinator);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => coordinator.DeleteAsync($"/api/calls/{callId}")));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.NoContent), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound }));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/calls/{callId}")).StatusCode);
    }

    private async Task<Guid> DraftAsync(HttpClient coordinator)
    {
        var now = factory.Clock.GetUtcNow();
        var created = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(now.AddDays(-1), now.AddDays(30)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["callId"]!.GetValue<Guid>();
    }
}
