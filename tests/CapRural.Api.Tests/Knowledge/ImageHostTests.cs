using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A remote image tells its host who reads the sheet: only the hosts the coordinator allows are shown.</summary>
public sealed class ImageHostTests
{
    private const string Body =
        "## Carte du territoire\n\n" +
        "![carte](https://images.caprural.org/carte-63.png)\n\n" +
        "![pixel](https://traceur.example/p.gif)\n\n" +
        "![en clair](http://images.caprural.org/carte-15.png)";

    [Fact]
    public async Task Images_from_an_allowed_host_over_https_are_kept_and_every_other_one_is_dropped()
    {
        using var factory = new PlatformFactory().With("Knowledge:ImageHosts:0", "images.caprural.org");
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Carte du territoire", Body));

        var html = (await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync()).Text("html");

        Assert.Contains("src=\"https://images.caprural.org/carte-63.png\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("traceur.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://images.caprural.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_host_no_remote_image_is_published()
    {
        using var factory = new PlatformFactory();
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Carte du territoire", Body));

        var html = (await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync()).Text("html");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Carte du territoire", html, StringComparison.Ordinal);
    }
}
