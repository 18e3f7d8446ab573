using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Registration;

/// <summary>The call's window, with a clock this class moves on its own.</summary>
public sealed class ApplicationWindowTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task Applications_are_taken_only_between_opening_and_closing()
    {
        var now = PlatformFactory.Start;
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(now.AddDays(2), now.AddDays(9)));
        var callId = (await created.JsonAsync())["callId"]!.GetValue<Guid>();
        await coordinator.PostAsync($"/api/calls/{callId}/publish", null);
        var client = _factory.CreateClient();

        var early = await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("early@example.org")))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("ouvriront le", early["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        _factory.Clock.Advance(TimeSpan.FromDays(3));
        var (applicationId, token) = await RegistrationApi.ApplyAsync(client, callId, RegistrationApi.Form("ontime@example.org"));

        _factory.Clock.Advance(TimeSpan.FromDays(7));
        var late = await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("late@example.org")))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("closes depuis le", late["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // After the deadline the applicant can still read and withdraw, but no longer correct.
        var applicant = _factory.ClientWithApplicationToken(token);
        var read = await (await applicant.GetAsync($"/api/applications/{applicationId}")).JsonAsync();
        Assert.False(read["canBeCorrected"]!.GetValue<bool>());
        await (await applicant.PutAsJsonAsync($"/api/applications/{applicationId}", RegistrationApi.Form("ontime@example.org")))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/applications/{applicationId}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task A_call_closed_early_refuses_applications_with_the_closing_date()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        await coordinator.PostAsync($"/api/calls/{callId}/close", null);
        var problem = await (await _factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("closed@example.org")))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("02/03/2026", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_the_deadline_the_call_closes_and_the_other_modules_are_told_once()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        _factory.Clock.Advance(TimeSpan.FromDays(31));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<Mediator.IMediator>();
            await mediator.Send(new CapRural.Registration.Features.CloseCallsAtDeadline.CloseCallsAtDeadline());
            await mediator.Send(new CapRural.Registration.Features.CloseCallsAtDeadline.CloseCallsAtDeadline());
        }

        var call = await (await _factory.CreateClient().GetAsync($"/api/calls/{callId}")).JsonAsync();
        Assert.Equal("closed", call["status"]!.GetValue<string>());
        Assert.Single(await _factory.OutboxAsync("registration"),
            m => m.Name == "registration.call-closed.v1" && m.Payload.Contains(callId.ToString()));
    }

    public void Dispose() => _factory.Dispose();
}
