using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Members leave the directory when they leave the group, are erased or withdraw consent.</summary>
public sealed class DirectoryRemovalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Members_leave_the_directory_when_they_decline_are_erased_or_withdraw_consent()
    {
        Joiner[] joiners =
        [
            new("Gaël", "socialAction", "13055", "Centre social du Panier", true, "culture"),
            new("Hugo", "localDevelopment", "42218", "Saint-Étienne Métropole", true, "culture"),
            new("Inès", "socialAction", "43157", "CCAS du Puy", true, "culture"),
            new("Jules", "localDevelopment", "69123", "Métropole de Lyon", true, "culture"),
        ];
        var anonymous = factory.CreateClient();
        var group = await DirectoryApi.OfferAsync(factory, joiners, "Gaël", "Hugo", "Inès", "Jules");
        foreach (var joiner in joiners)
        {
            await DirectoryApi.RespondAsync(factory, joiner.FirstName, "confirm");
        }

        Assert.Equal(["Gaël Martin", "Hugo Martin", "Inès Martin", "Jules Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&topic=culture")).Names());

        await DirectoryApi.RespondAsync(factory, "Gaël", "decline");
        Assert.DoesNotContain("Gaël Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());

        Assert.Equal(HttpStatusCode.NoContent, (await group.Coordinator.DeleteAsync($"/api/applications/{group.Applications["Hugo"]}")).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.DoesNotContain("Hugo Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());

        var withdrawn = DirectoryApi.FormOf(group.CallId, joiners[2]);
        withdrawn["consentToDirectory"] = false;
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PutAsJsonAsync($"/api/applications/{group.Applications["Inès"]}", withdrawn)).StatusCode);

        var moved = DirectoryApi.FormOf(group.CallId, joiners[3]);
        moved["organisation"] = "Département du Rhône";
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PutAsJsonAsync($"/api/applications/{group.Applications["Jules"]}", moved)).StatusCode);
        await factory.DeliverOutboxAsync();

        var left = await DirectoryApi.DirectoryAsync(anonymous, "&topic=culture");
        var jules = Assert.Single(left);
        Assert.Equal("Jules Martin", jules!["name"]!.GetValue<string>());
        Assert.Equal("Département du Rhône", jules["organisation"]!.GetValue<string>());
    }
}
