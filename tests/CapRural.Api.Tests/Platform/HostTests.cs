using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Host.Logging;
using Microsoft.AspNetCore.Http;

namespace CapRural.Api.Tests.Platform;

public sealed class HostTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Health_says_live_and_ready_once_databases_are_migrated()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_a_french_back_office_with_examples_and_credentials()
    {
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var apply = document["paths"]!["/api/calls/{callId}/applications"]!["post"]!;
        Assert.Equal("Candidater à un appel", apply["summary"]!.GetValue<string>());
        Assert.Equal("Inscriptions", apply["tags"]![0]!.GetValue<string>());
        Assert.Equal("socialAction", apply["requestBody"]!["content"]!["application/json"]!["example"]!["sector"]!.GetValue<string>());
        Assert.Contains("409", apply["responses"]!.AsObject().Select(r => r.Key));
        Assert.Empty(apply["security"]!.AsArray());

        var list = document["paths"]!["/api/calls/{callId}/applications"]!["get"]!;
        Assert.Equal("ApiKey", list["security"]![0]!.AsObject().Single().Key);
        var schemes = document["components"]!["securitySchemes"]!.AsObject().Select(s => s.Key).ToList();
        Assert.Equal(["ApiKey", "ApplicationToken", "MemberToken"], schemes.Order().ToArray());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
    }

    [Fact]
    public async Task The_commune_autocomplete_finds_communes_however_they_are_typed()
    {
        var client = factory.CreateClient();
        foreach (var typed in new[] { "st etienne", "saint-etienne", "Saint Étienne" })
        {
            var found = await (await client.GetAsync($"/api/territories/communes?q={Uri.EscapeDataString(typed)}")).JsonAsync();
            Assert.Equal("42218", found[0]!["code"]!.GetValue<string>());
        }

        var byPostalCode = await (await client.GetAsync("/api/territories/communes?postalCode=63000")).JsonAsync();
        Assert.Contains(byPostalCode.AsArray(), c => c!["code"]!.GetValue<string>() == "63113");

        var commune = await (await client.GetAsync("/api/territories/communes/63113")).JsonAsync();
        Assert.Equal("Clermont-Ferrand", commune["name"]!.GetValue<string>());
        Assert.Equal("Puy-de-Dôme", commune["departmentName"]!.GetValue<string>());
        await (await client.GetAsync("/api/territories/communes/99999")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Email_addresses_never_reach_the_logs_in_clear()
    {
        Assert.Equal("Candidature de c***@example.org reçue", EmailMaskingEnricher.Mask("Candidature de camille.martin@example.org reçue"));
        Assert.Equal("sans adresse", EmailMaskingEnricher.Mask("sans adresse"));
    }

    [Fact]
    public void Request_logs_name_the_route_not_a_token_carried_in_the_url()
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Path = "/api/selection/confirmations/secret-token";
        http.SetEndpoint(new Microsoft.AspNetCore.Routing.RouteEndpoint(
            _ => Task.CompletedTask,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/selection/confirmations/{token}"),
            0,
            null,
            null));
        Assert.Equal("/api/selection/confirmations/{token}", RequestLogging.RouteOf(http));
    }

    [Fact]
    public async Task Cross_origin_calls_are_allowed_for_the_configured_website_only()
    {
        using var factoryWithOrigin = new PlatformFactory().With("Cors:Origins:0", "https://www.caprural.org");
        var client = factoryWithOrigin.CreateClient();
        async Task<string?> AllowedOrigin(string origin)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/calls");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            var response = await client.SendAsync(preflight);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://www.caprural.org", await AllowedOrigin("https://www.caprural.org"));
        Assert.Null(await AllowedOrigin("https://evil.test"));
    }
}
