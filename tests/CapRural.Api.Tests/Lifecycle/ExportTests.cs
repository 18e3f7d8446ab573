using System.Net;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>A member exports what every module holds about them, with their member token.</summary>
public sealed class ExportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_member_gets_their_membership_answers_attendance_votes_and_selection_data_and_nobody_else_s()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        var traces = await PersonTraces.LeaveAsync(story, "Fanny");

        var response = await story.Member("Fanny").GetAsync("/api/me/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadAsStringAsync();
        var export = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal(story.Applications["Fanny"], export["applicationId"]!.GetValue<Guid>());
        Assert.NotNull(export["exportedAt"]);
        var meetings = export["sections"]!["meetings"]!;
        Assert.Equal("Fanny", meetings["membership"]!["firstName"]!.GetValue<string>());
        Assert.Equal(story.Email("Fanny"), meetings["membership"]!["email"]!.GetValue<string>());
        Assert.Null(meetings["membership"]!["leftAt"]);
        Assert.Equal("remote", Assert.Single(meetings["replies"]!.AsArray())!["response"]!.GetValue<string>());
        Assert.Equal(traces.MeetingId, Assert.Single(meetings["attendance"]!.AsArray())!["meetingId"]!.GetValue<Guid>());
        Assert.Equal(2, meetings["pollVotes"]!.AsArray().Count);
        var selection = export["sections"]!["selection"]!;
        Assert.Equal("Fanny", selection["candidate"]!["firstName"]!.GetValue<string>());
        Assert.Equal("accepted", selection["decision"]!["current"]!.GetValue<string>());
        Assert.Equal("confirmed", selection["decision"]!["response"]!.GetValue<string>());
        Assert.NotNull(selection["decision"]!["decidedAt"]);
        Assert.NotNull(selection["decision"]!["announcedAt"]);
        Assert.Equal(0, selection["reviewCount"]!.GetValue<int>());
        // Nothing about the other members, and no secret.
        Assert.DoesNotContain("Alix", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorian", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenHash", body, StringComparison.OrdinalIgnoreCase);

        var dorian = await (await story.Member("Dorian").GetAsync("/api/me/personal-data")).JsonAsync();
        Assert.Equal(story.Applications["Dorian"], dorian["applicationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Only_a_valid_member_token_opens_the_export()
    {
        var story = await LifecycleApi.StoryAsync(factory);
        const string url = "/api/me/personal-data";

        await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await story.Coordinator.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.True((await factory.ClientWithApplicationToken(story.EditTokens["Fanny"]).GetAsync(url)).StatusCode
            is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        await (await Meetings.MeetingsApi.Member(factory, "mb_unknown").GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        var csv = await story.Member("Fanny").SendAsync(request);
        Assert.True(csv.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotAcceptable, $"{csv.StatusCode}");
    }
}
