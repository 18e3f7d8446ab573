using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>What an applicant does with the private link: read, correct, withdraw, erase, ask again.</summary>
public sealed class ApplicantTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(Guid CallId, Guid ApplicationId, string Token)> ApplyAsync(string email)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form(email));
        return (callId, applicationId, token);
    }

    [Fact]
    public async Task Only_the_token_holder_and_the_coordinator_can_read_an_application()
    {
        var (_, applicationId, token) = await ApplyAsync("reader@example.org");
        var (_, _, otherToken) = await ApplyAsync("other-reader@example.org");
        var url = $"/api/applications/{applicationId}";

        var mine = await (await factory.ClientWithApplicationToken(token).GetAsync(url)).JsonAsync();
        Assert.Equal("reader@example.org", mine["email"]!.GetValue<string>());
        Assert.True(mine["canBeCorrected"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientWithRoleAsync(Roles.Coordinator)).GetAsync(url)).StatusCode);

        await (await factory.ClientWithApplicationToken(otherToken).GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_organisation_numbers_given_are_read_back_as_stored()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        var form = RegistrationApi.Form("numbers@example.org");
        form["siret"] = "216 301 135 10001";
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, form);
        var (withoutId, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("no-numbers@example.org"));

        var mine = await (await factory.ClientWithApplicationToken(token).GetAsync($"/api/applications/{applicationId}")).JsonAsync();
        Assert.Equal("21630113510001", mine["siret"]!.GetValue<string>());
        Assert.Equal("216301135", mine["siren"]!.GetValue<string>());
        var seen = await (await coordinator.GetAsync($"/api/applications/{applicationId}")).JsonAsync();
        Assert.Equal("216301135", seen["siren"]!.GetValue<string>());
        var without = await (await coordinator.GetAsync($"/api/applications/{withoutId}")).JsonAsync();
        Assert.Null(without["siren"]);
        Assert.Null(without["siret"]);
    }

    [Fact]
    public async Task A_correction_changes_the_application_and_tells_the_other_modules()
    {
        var (callId, applicationId, token) = await ApplyAsync("corrector@example.org");
        var form = RegistrationApi.Form("corrector@example.org", communeCode: "69123", sector: "localDevelopment");
        form["organisation"] = "Métropole de Lyon";
        var applicant = factory.ClientWithApplicationToken(token);

        var corrected = await (await applicant.PutAsJsonAsync($"/api/applications/{applicationId}", form)).JsonAsync();
        Assert.Equal("69", corrected["department"]!["code"]!.GetValue<string>());
        Assert.Equal("localDevelopment", corrected["sector"]!.GetValue<string>());

        await factory.DeliverOutboxAsync();
        var updated = Assert.Single(await factory.OutboxAsync("registration"),
            m => m.Name == "registration.application-updated.v1" && m.Payload.Contains(applicationId.ToString()));
        Assert.Contains("Métropole de Lyon", updated.Payload, StringComparison.Ordinal);

        var (_, _, otherToken) = await ApplyAsync("someone-else@example.org");
        await (await factory.ClientWithApplicationToken(otherToken).PutAsJsonAsync($"/api/applications/{applicationId}", form))
            .ProblemAsync(HttpStatusCode.NotFound);
        form["consentToProcessing"] = false;
        await (await applicant.PutAsJsonAsync($"/api/applications/{applicationId}", form)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotEqual(callId, Guid.Empty);
    }

    [Fact]
    public async Task Withdrawing_is_confirmed_by_email_and_cannot_happen_twice()
    {
        var (_, applicationId, token) = await ApplyAsync("withdrawer@example.org");
        var applicant = factory.ClientWithApplicationToken(token);
        var withdrawn = await (await applicant.PostAsync($"/api/applications/{applicationId}/withdraw", null)).JsonAsync();
        Assert.Equal("withdrawn", withdrawn["status"]!.GetValue<string>());
        await (await applicant.PostAsync($"/api/applications/{applicationId}/withdraw", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await (await factory.ClientWithRoleAsync(Roles.Coordinator)).PostAsync($"/api/applications/{applicationId}/withdraw", null))
            .ProblemAsync(HttpStatusCode.Forbidden);

        await factory.DeliverOutboxAsync();
        Assert.Contains(factory.Mails(), m => m.To.ToString().Contains("withdrawer@example.org", StringComparison.Ordinal) && m.Subject!.StartsWith("Candidature retirée", StringComparison.Ordinal));
        Assert.Contains(await factory.OutboxAsync("registration"),
            m => m.Name == "registration.application-withdrawn.v1" && m.Payload.Contains(applicationId.ToString()));
    }

    [Fact]
    public async Task Erasure_removes_personal_data_everywhere_and_kills_the_link()
    {
        var (callId, applicationId, token) = await ApplyAsync("eraser@example.org");
        var applicant = factory.ClientWithApplicationToken(token);
        Assert.Equal(HttpStatusCode.NoContent, (await applicant.DeleteAsync($"/api/applications/{applicationId}")).StatusCode);
        await (await applicant.GetAsync($"/api/applications/{applicationId}")).ProblemAsync(HttpStatusCode.NotFound);

        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var seen = await (await coordinator.GetAsync($"/api/applications/{applicationId}")).JsonAsync();
        Assert.Equal("erased", seen["status"]!.GetValue<string>());
        Assert.Equal("", seen["lastName"]!.GetValue<string>());
        Assert.Null(seen["email"]);
        Assert.Equal("", seen["motivation"]!.GetValue<string>());
        Assert.Equal("63", seen["department"]!["code"]!.GetValue<string>());

        var search = await (await coordinator.GetAsync($"/api/calls/{callId}/applications?q=martin")).JsonAsync();
        Assert.Equal(0, search["total"]!.GetValue<int>());

        await factory.DeliverOutboxAsync();
        var erased = Assert.Single(await factory.OutboxAsync("registration"),
            m => m.Name == "registration.applicant-data-erased.v1" && m.Payload.Contains(applicationId.ToString()));
        Assert.DoesNotContain("eraser", erased.Payload, StringComparison.Ordinal);
        Assert.NotNull(erased.ProcessedAt);
        Assert.DoesNotContain(await factory.OutboxAsync("registration"), m => m.Payload.Contains("eraser@example.org", StringComparison.Ordinal));

        // The address is free again: the person may apply anew.
        await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("eraser@example.org"));
    }

    [Fact]
    public async Task A_lost_link_is_sent_again_without_revealing_who_applied()
    {
        var (_, applicationId, oldToken) = await ApplyAsync("forgetful@example.org");
        var anonymous = factory.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "FORGETFUL@example.org" });
        var unknown = await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "nobody@example.org" });
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        await factory.DeliverOutboxAsync();
        Assert.DoesNotContain(factory.Mails(), m => m.To.ToString().Contains("nobody@example.org", StringComparison.Ordinal));
        var mail = Assert.Single(factory.Mails(), m => m.Subject == "Vos liens de candidature Cap Rural" && m.To.ToString().Contains("forgetful@example.org", StringComparison.Ordinal));
        var link = mail.TextBody!.Split('\n').Single(l => l.Contains($"/candidatures/{applicationId}?token=", StringComparison.Ordinal));
        var newToken = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim());

        // Asking again never cuts the applicant off: the first link still works alongside the new one.
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithApplicationToken(oldToken).GetAsync($"/api/applications/{applicationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientWithApplicationToken(newToken).GetAsync($"/api/applications/{applicationId}")).StatusCode);

        await (await anonymous.PostAsJsonAsync("/api/applications/lost-link", new { email = "pas-une-adresse" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}
