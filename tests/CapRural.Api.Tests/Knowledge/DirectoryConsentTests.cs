using System.Net;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Confirmed members who consented appear, nobody else, and never with contact details.</summary>
public sealed class DirectoryConsentTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Only_confirmed_members_who_consented_appear_without_any_contact_details()
    {
        Joiner[] joiners =
        [
            new("Alix", "socialAction", "63430", "CCAS de Thiers", true, "mobilité", "pauvreté-précarité"),
            new("Basile", "socialAction", "63113", "CCAS de Clermont-Ferrand", false, "mobilité"),
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon", true, "petite enfance"),
            new("Fanny", "localDevelopment", "74010", "Ville d'Annecy", true, "mobilité"),
        ];
        var anonymous = factory.CreateClient();
        await DirectoryApi.OfferAsync(factory, joiners, "Alix", "Basile", "Dorian");

        // Offered a place is not yet a member.
        Assert.Empty(await DirectoryApi.DirectoryAsync(anonymous));

        await DirectoryApi.RespondAsync(factory, "Alix", "confirm");
        await DirectoryApi.RespondAsync(factory, "Basile", "confirm");
        await DirectoryApi.RespondAsync(factory, "Dorian", "confirm");

        var response = await anonymous.GetAsync("/api/public/directory");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("04 73", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Basile", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fanny", text, StringComparison.Ordinal);

        var page = await response.JsonAsync();
        Assert.Equal(2, page["total"]!.GetValue<int>());
        Assert.Equal(1, page["page"]!.GetValue<int>());
        Assert.Equal(20, page["pageSize"]!.GetValue<int>());
        var alix = page["items"]![0]!;
        Assert.Equal("Alix Martin", alix["name"]!.GetValue<string>());
        Assert.Equal("CCAS de Thiers", alix["organisation"]!.GetValue<string>());
        Assert.Equal("travailleur social", alix["role"]!.GetValue<string>());
        Assert.Equal("socialAction", alix["sector"]!.GetValue<string>());
        Assert.Equal("63", alix["department"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(alix["epci"]!.GetValue<string>()));
        Assert.Equal(["mobilité", "pauvreté-précarité"], alix["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Dorian Martin", page["items"]![1]!["name"]!.GetValue<string>());

        // Delivering the same events again changes nothing.
        await factory.DeliverOutboxAsync();
        Assert.Equal(2, (await DirectoryApi.DirectoryAsync(anonymous)).Count);
    }
}
