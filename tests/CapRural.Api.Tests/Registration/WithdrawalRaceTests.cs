using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>A withdrawal clicked five times is one withdrawal, and does not stop the person from applying again.</summary>
public sealed class WithdrawalRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Five_parallel_withdrawals_raise_one_event_and_one_email_then_the_person_may_apply_again()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("five-clicks@example.org"));
        var applicant = factory.ClientWithApplicationToken(token);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => applicant.PostAsync($"/api/applications/{applicationId}/withdraw", null)));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var loser in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await loser.ProblemAsync(HttpStatusCode.Conflict);
        }

        await factory.DeliverOutboxAsync();
        Assert.Single(await factory.OutboxAsync("registration"), m => m.Name == "registration.application-withdrawn.v1" && m.SubjectId == applicationId);
        Assert.Single(factory.Mails(), m => m.Subject!.StartsWith("Candidature retirée", StringComparison.Ordinal)
            && m.To.ToString().Contains("five-clicks@example.org", StringComparison.Ordinal));

        // Withdrawn is not taken: the same address applies again to the same call, and only once.
        var (againId, againToken) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("five-clicks@example.org"));
        Assert.NotEqual(applicationId, againId);
        await (await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("five-clicks@example.org")))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("submitted", (await (await factory.ClientWithApplicationToken(againToken).GetAsync($"/api/applications/{againId}")).JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal("withdrawn", (await LifecycleApi.ApplicationAsync(coordinator, applicationId))["status"]!.GetValue<string>());
    }
}
