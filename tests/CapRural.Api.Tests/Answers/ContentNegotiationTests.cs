using System.Net;
using System.Net.Http.Headers;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Answers;

/// <summary>Calendar and CSV clients send their own Accept header: errors still arrive, as JSON problems.</summary>
public sealed class ContentNegotiationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> Accepts => ["text/calendar", "text/csv", "application/xml", "text/html", "image/png;q=0.9"];

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Every_error_status_keeps_its_status_and_a_problem_body_whatever_the_accept_header(string accept)
    {
        var anonymous = Client(accept);
        await Expect(await anonymous.GetAsync($"/api/calls/{Guid.NewGuid()}/applications"), HttpStatusCode.Unauthorized);
        await Expect(await anonymous.GetAsync($"/api/calls/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var reviewer = Client(accept);
        reviewer.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, await factory.CreateApiKeyAsync(Roles.Reviewer));
        await Expect(await reviewer.PostAsync("/api/calls", Json("{}")), HttpStatusCode.Forbidden);

        var coordinator = Client(accept);
        coordinator.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, await factory.CreateApiKeyAsync(Roles.Coordinator));
        await Expect(await coordinator.PostAsync("/api/calls", Json("{ not json")), HttpStatusCode.BadRequest);
        var invalid = await Expect(await coordinator.PostAsync("/api/calls", Json("{}")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("errors", invalid);
        await Expect(await coordinator.GetAsync($"/api/calls/{Guid.NewGuid()}/applications.csv"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_private_token_sent_in_a_header_is_never_echoed_in_an_error()
    {
        var client = Client("text/html");
        client.DefaultRequestHeaders.Add(Credentials.ApplicationTokenHeader, "very-secret-token-123");
        var response = await client.GetAsync($"/api/applications/{Guid.NewGuid()}");
        Assert.True((int)response.StatusCode is >= 400 and < 500, response.StatusCode.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("very-secret-token-123", body, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var response = await coordinator.PostAsync("/api/calls", new StringContent("title=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_in_an_unknown_charset_gets_415_not_500()
    {
        var content = new StringContent("{\"email\":\"a@example.org\"}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=nonsense");
        await (await factory.CreateClient().PostAsync("/api/applications/lost-link", content)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private HttpClient Client(string accept)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return client;
    }

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    private static async Task<System.Text.Json.Nodes.JsonObject> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ProblemAsync(status);
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem;
    }
}
