using System.Net;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class PartnerRateLimitTests : IDisposable
{
    private readonly PlatformFactory _factory = new PlatformFactory()
        .With("RateLimits:PublicReadsPerMinute", "3")
        .With("RateLimits:PartnerReadsPerMinute", "50");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_partner_key_keeps_reading_after_anonymous_callers_are_slowed_down()
    {
        var anonymous = _factory.CreateClient();
        var partner = await _factory.ClientWithRoleAsync(Roles.Partner);

        var anonymousAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            anonymousAnswers.Add((await anonymous.GetAsync("/api/public/method-sheets")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], anonymousAnswers);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/public/method-sheets")).StatusCode);
        }
    }
}
