using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Platform;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Public_writes_beyond_the_limit_get_429_with_retry_after()
    {
        using var factory = new PlatformFactory().With("RateLimits:PublicWritesPerMinute", "2");
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/applications/lost-link", new { email = $"a{i}@example.org" })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/applications/lost-link", new { email = "a3@example.org" });
        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Trop de requêtes", problem["title"]!.GetValue<string>());
    }
}

public sealed class RateLimitBucketTests
{
    [Fact]
    public async Task Lost_links_applications_and_confirmations_have_separate_budgets_with_an_exact_retry_after()
    {
        using var factory = new PlatformFactory().With("RateLimits:PublicWritesPerMinute", "2");
        var client = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/applications/lost-link", new { email = $"a{i}@example.org" })).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(45));
        var limited = await client.PostAsJsonAsync("/api/applications/lost-link", new { email = "a3@example.org" });
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("15", limited.Headers.GetValues("Retry-After").Single());

        // Other routes keep their own allowance from the same address.
        var confirmation = await client.PostAsJsonAsync("/api/selection/confirmations/unknown-token", new { response = "confirm" });
        Assert.NotEqual(HttpStatusCode.TooManyRequests, confirmation.StatusCode);
        var application = await client.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/applications", RegistrationApi.Form("b@example.org"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, application.StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/applications/lost-link", new { email = "a4@example.org" })).StatusCode);
    }

    [Fact]
    public async Task A_request_refused_as_too_large_does_not_spend_the_budget()
    {
        using var factory = new PlatformFactory().With("RateLimits:PublicWritesPerMinute", "1");
        var client = factory.CreateClient();
        // A declared length, as browsers send: the limit is checked before the body is read.
        var huge = "{\"email\":\"" + new string('x', 10_000) + "\"}";
        for (var i = 0; i < 3; i++)
        {
            var tooLarge = await client.PostAsync("/api/applications/lost-link", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));
            await tooLarge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/applications/lost-link", new { email = "ok@example.org" })).StatusCode);
    }
}
