using System.Net;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>"Export my data" with the private link: what Registration holds, its outcome and its erasure date, never cached.</summary>
public sealed class PersonalDataExportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_applicant_exports_their_application_outcome_consents_and_erasure_date()
    {
        var setup = await SelectionApi.SetUpAsync(factory, SelectionApi.SixApplicants[..2]);
        var email = $"basile.{setup.CallId:N}@example.org";
        var applicationId = setup.Applications["Basile"];
        var token = LifecycleApi.TokenFromAcknowledgement(factory, email, applicationId);
        await LifecycleApi.PublishAsync(factory, setup, new Dictionary<string, string>
        {
            ["Alix"] = "accepted", ["Basile"] = "declined",
        });
        var published = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var response = await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}/personal-data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var export = await response.JsonAsync();
        Assert.Equal(applicationId, export["applicationId"]!.GetValue<Guid>());
        Assert.Equal(factory.Clock.GetUtcNow(), export["exportedAt"]!.GetValue<DateTimeOffset>());
        var registration = export["sections"]!["registration"]!;
        Assert.Equal(email, registration["email"]!.GetValue<string>());
        Assert.Equal("04 73 00 00 00", registration["phone"]!.GetValue<string>());
        Assert.Equal("Je souhaite croiser nos pratiques d'accompagnement avec le développement local.", registration["motivation"]!.GetValue<string>());
        Assert.Equal(setup.CallId, registration["callId"]!.GetValue<Guid>());
        Assert.True(registration["consents"]!["processing"]!.GetValue<bool>());
        Assert.True(registration["consents"]!["directory"]!.GetValue<bool>());
        Assert.Equal("declined", registration["outcome"]!.GetValue<string>());
        Assert.Equal("declined", registration["retention"]!["reason"]!.GetValue<string>());
        Assert.Equal(published.AddDays(90), registration["retention"]!["erasedAutomaticallyAt"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain("Alix", export.ToJsonString(), StringComparison.Ordinal);

        var coordinatorExport = await (await setup.Coordinator.GetAsync($"/api/applications/{applicationId}/personal-data")).JsonAsync();
        Assert.Equal(email, coordinatorExport["sections"]!["registration"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_token_holder_and_the_coordinator_export_and_an_erased_link_exports_nothing()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("private-export@example.org"));
        var (_, otherToken) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("someone-else-export@example.org"));
        var url = $"/api/applications/{applicationId}/personal-data";

        await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        var other = await (await factory.ClientWithApplicationToken(otherToken).GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("private-export", other.ToJsonString(), StringComparison.Ordinal);
        await (await coordinator.GetAsync($"/api/applications/{Guid.NewGuid()}/personal-data")).ProblemAsync(HttpStatusCode.NotFound);
        using var english = new HttpRequestMessage(HttpMethod.Get, url);
        english.Headers.AcceptLanguage.ParseAdd("en");
        english.Headers.Add(Credentials.ApplicationTokenHeader, otherToken);
        Assert.Equal("Application not found.", (await (await factory.CreateClient().SendAsync(english)).ProblemAsync(HttpStatusCode.NotFound))["detail"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await factory.ClientWithApplicationToken(token).DeleteAsync($"/api/applications/{applicationId}")).StatusCode);
        await (await factory.ClientWithApplicationToken(token).GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        // Once the erasure has reached every module, nothing of the person is left in any section.
        await factory.DeliverOutboxAsync();
        var residue = await (await coordinator.GetAsync(url)).JsonAsync();
        Assert.Equal("erased", residue["sections"]!["registration"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("private-export", residue.ToJsonString(), StringComparison.Ordinal);
    }
}
