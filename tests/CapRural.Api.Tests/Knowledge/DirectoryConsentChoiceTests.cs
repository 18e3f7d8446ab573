using System.Net;
using System.Net.Http.Json;
using System.Text;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A member gives or withdraws their directory consent at any time with their member token, even after the call closed.</summary>
public sealed class DirectoryConsentChoiceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_member_leaves_and_rejoins_the_directory_at_once_even_after_the_call_closed()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Sacha", "socialAction", "63430", "CCAS de Thiers"),
            new Applicant("Timothée", "localDevelopment", "69123", "Métropole de Lyon")]);
        var anonymous = factory.CreateClient();
        var sacha = MeetingsApi.Member(factory, group.Tokens["Sacha"]);
        Assert.Contains("Sacha Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());

        await group.Coordinator.PostAsync($"/api/calls/{group.GroupId}/close", null);
        Assert.Equal("closed", (await (await anonymous.GetAsync($"/api/calls/{group.GroupId}")).JsonAsync())["status"]!.GetValue<string>());

        var withdrawn = await MemberLifecycleApi.ConsentAsync(sacha, false);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var state = await withdrawn.JsonAsync();
        Assert.False(state["consent"]!.GetValue<bool>());
        Assert.False(state["listed"]!.GetValue<bool>());
        var names = (await DirectoryApi.DirectoryAsync(anonymous)).Names();
        Assert.DoesNotContain("Sacha Martin", names);
        Assert.Contains("Timothée Martin", names);

        // Delivering whatever is pending does not bring the application's old consent back.
        await factory.DeliverOutboxAsync();
        Assert.DoesNotContain("Sacha Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());

        var given = await MemberLifecycleApi.ConsentAsync(sacha, true);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.True((await given.JsonAsync())["listed"]!.GetValue<bool>());
        Assert.Single(await DirectoryApi.DirectoryAsync(anonymous), e => e!["name"]!.GetValue<string>() == "Sacha Martin");
        Assert.Equal(HttpStatusCode.OK, (await MemberLifecycleApi.ConsentAsync(sacha, true)).StatusCode);
        Assert.Single(await DirectoryApi.DirectoryAsync(anonymous), e => e!["name"]!.GetValue<string>() == "Sacha Martin");
    }

    [Fact]
    public async Task Only_the_member_token_changes_the_consent()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Ulysse", "socialAction", "63430", "CCAS de Thiers")]);
        var anonymous = factory.CreateClient();

        await (await MemberLifecycleApi.ConsentAsync(anonymous, false)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await MemberLifecycleApi.ConsentAsync(MeetingsApi.Member(factory, "mb_jeton-inventé"), false)).ProblemAsync(HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Roles.Coordinator, Roles.Reviewer, Roles.Partner })
        {
            await (await MemberLifecycleApi.ConsentAsync(await factory.ClientWithRoleAsync(role), false)).ProblemAsync(HttpStatusCode.Forbidden);
        }

        var applicant = factory.ClientWithApplicationToken("jeton-de-candidature");
        await (await MemberLifecycleApi.ConsentAsync(applicant, false)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("Ulysse Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
        Assert.Equal(HttpStatusCode.OK, (await MemberLifecycleApi.ConsentAsync(MeetingsApi.Member(factory, group.Tokens["Ulysse"]), false)).StatusCode);
        Assert.DoesNotContain("Ulysse Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
    }

    [Fact]
    public async Task A_bad_consent_is_refused_naming_the_field_in_French_or_English()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Violette", "socialAction", "63430", "CCAS de Thiers")]);
        var violette = MeetingsApi.Member(factory, group.Tokens["Violette"]);

        var missing = await (await violette.PutAsJsonAsync("/api/me/directory-consent", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Indiquez `consent`", missing["errors"]!["consent"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Put, "/api/me/directory-consent") { Content = JsonContent.Create(new { }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await violette.SendAsync(english)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Give `consent`", inEnglish["errors"]!["consent"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var wrongType = await (await violette.PutAsync("/api/me/directory-consent",
            new StringContent("""{ "consent": "oui" }""", Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("consent", wrongType["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await violette.PutAsync("/api/me/directory-consent", new StringContent("", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        using var csv = new HttpRequestMessage(HttpMethod.Put, "/api/me/directory-consent") { Content = JsonContent.Create(new { }) };
        csv.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await violette.SendAsync(csv)).StatusCode);

        Assert.Contains("Violette Martin", (await DirectoryApi.DirectoryAsync(factory.CreateClient())).Names());
    }
}
