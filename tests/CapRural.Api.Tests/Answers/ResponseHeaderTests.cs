using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Answers;

public sealed class ResponseHeaderTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Every_answer_says_nosniff_and_only_anonymous_reads_may_be_cached()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var anonymous = factory.CreateClient();
        var (applicationId, token) = await RegistrationApi.ApplyAsync(anonymous, callId, RegistrationApi.Form("nosniff@example.org"));

        var publicCall = await anonymous.GetAsync($"/api/calls/{callId}");
        Assert.Equal(HttpStatusCode.OK, publicCall.StatusCode);
        Assert.Equal("nosniff", publicCall.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(publicCall.Headers.CacheControl?.NoStore ?? false);

        foreach (var personal in new[]
        {
            await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}"),
            await coordinator.GetAsync($"/api/calls/{callId}/applications"),
            await coordinator.GetAsync($"/api/calls/{callId}/applications.csv"),
            await coordinator.GetAsync("/api/admin/api-keys"),
            await anonymous.PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("other@example.org")),
            await anonymous.GetAsync($"/api/groups/{Guid.NewGuid()}/calendar.ics?token=abc"),
            await anonymous.GetAsync($"/api/calls/{callId}/applications"),
        })
        {
            Assert.Equal("nosniff", personal.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(personal.Headers.CacheControl?.NoStore, personal.RequestMessage!.RequestUri!.AbsolutePath);
        }
    }
}
