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
