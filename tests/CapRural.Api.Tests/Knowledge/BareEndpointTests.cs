using System.Net;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>The load script's baseline endpoint exists only when the configuration asks for it.</summary>
public sealed class BareEndpointTests
{
    [Fact]
    public async Task The_bare_endpoint_is_absent_by_default()
    {
        using var factory = new PlatformFactory();
        var client = factory.CreateClient();
        // Answered like any route that does not exist.
        var unknown = (await client.GetAsync("/api/diagnostics/no-such-endpoint")).StatusCode;
        var bare = (await client.GetAsync("/api/diagnostics/bare-method-sheets")).StatusCode;
        Assert.NotEqual(HttpStatusCode.OK, bare);
        Assert.Equal(unknown, bare);
        var openApi = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("bare-method-sheets", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_enabled_it_serves_the_bytes_of_the_first_public_page_and_stays_out_of_the_api_description()
    {
        using var factory = new PlatformFactory().With("Diagnostics:BareEndpoint", "true");
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Accueillir les nouveaux habitants"));
        var anonymous = factory.CreateClient();

        var list = await (await anonymous.GetAsync("/api/public/method-sheets")).Content.ReadAsByteArrayAsync();
        var bare = await anonymous.GetAsync("/api/diagnostics/bare-method-sheets");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal(list, await bare.Content.ReadAsByteArrayAsync());

        var openApi = await (await anonymous.GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("bare-method-sheets", openApi, StringComparison.Ordinal);
    }
}
