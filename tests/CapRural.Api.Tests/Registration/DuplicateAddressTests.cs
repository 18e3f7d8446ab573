using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>An address spelt with invisible characters, look-alike letters or a trailing dot is still the same address.</summary>
public sealed class DuplicateAddressTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("lookalike@example.org.")]
    [InlineData("look\u200Balike@example.org")]
    [InlineData("l\u043Eokalike@ex\u0430mple.org")]
    [InlineData("LOOKALIKE@EXAMPLE.\u039FRG")]
    [InlineData("ｌｏｏｋａｌｉｋｅ@example.org")]
    public async Task A_second_application_under_a_disguised_address_is_a_duplicate(string disguised)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("lookalike@example.org"));

        var again = await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form(disguised));
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("lost-link", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
