using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

public sealed class ApplyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private readonly DateTimeOffset _now = PlatformFactory.Start;

    [Fact]
    public async Task Applying_resolves_the_commune_emails_a_private_link_and_tells_the_other_modules()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);

        var response = await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form("resolve@example.org"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var applicationId = body["applicationId"]!.GetValue<Guid>();
        Assert.Equal($"/api/applications/{applicationId}", response.Headers.Location?.ToString());
        Assert.Equal("submitted", body["status"]!.GetValue<string>());
        Assert.Equal("Thiers", body["communeName"]!.GetValue<string>());
        Assert.Equal("63", body["department"]!["code"]!.GetValue<string>());
        Assert.NotNull(body["epci"]!["name"]);
        Assert.InRange(body["location"]!["latitude"]!.GetValue<double>(), 45.5, 46.2);

        await factory.DeliverOutboxAsync();
        var token = body["editToken"]!.GetValue<string>();
        var mail = Assert.Single(factory.Mails(), m => m.To.ToString().Contains("resolve@example.org", StringComparison.Ordinal));
        Assert.Contains($"https://site.test/candidatures/{applicationId}?token={token}", mail.TextBody!, StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Camille", mail.TextBody!, StringComparison.Ordinal);

        var submitted = Assert.Single(await factory.OutboxAsync("registration"),
            m => m.Name == "registration.application-submitted.v1" && m.Payload.Contains(applicationId.ToString()));
        Assert.NotNull(submitted.ProcessedAt);
        Assert.Contains("\"departmentCode\":\"63\"", submitted.Payload, StringComparison.Ordinal);
        Assert.Contains("\"consentToDirectory\":true", submitted.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_application_per_address_per_call_whatever_the_case()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        var client = factory.CreateClient();
        await RegistrationApi.ApplyAsync(client, callId, RegistrationApi.Form("Double@Example.org"));

        var again = await client.PostAsJsonAsync($"/api/calls/{callId}/applications", RegistrationApi.Form(" double@example.ORG "));
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("lost-link", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var otherCall = await RegistrationApi.OpenCallAsync(coordinator, _now);
        await RegistrationApi.ApplyAsync(client, otherCall, RegistrationApi.Form("double@example.org"));
    }

    [Fact]
    public async Task Each_broken_rule_is_reported_on_its_field_in_french_or_english()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        var form = RegistrationApi.Form("rules@example.org", communeCode: "99999");
        form["consentToProcessing"] = false;
        form["motivation"] = new string('m', 4001);
        form["email"] = "pas-une-adresse";

        var client = factory.CreateClient();
        var problem = await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", form)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["communeCode", "consentToProcessing", "email", "motivation"], errors.Select(e => e.Key).Order().ToArray());
        Assert.StartsWith("Code INSEE de commune inconnu", errors["communeCode"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/applications") { Content = JsonContent.Create(form) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishProblem = await (await client.SendAsync(english)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Invalid data", englishProblem["title"]!.GetValue<string>());
        Assert.StartsWith("Unknown INSEE commune code", englishProblem["errors"]!["communeCode"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_unknown_values_and_oversized_bodies_are_refused_without_writing()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, _now);
        var client = factory.CreateClient();

        var missing = await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", new { email = "x@example.org" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("sector", missing["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("motivation", missing["errors"]!.AsObject().Select(e => e.Key));

        var unknownSector = RegistrationApi.Form("enum@example.org");
        unknownSector["sector"] = "agriculture";
        var problem = await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", unknownSector)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sector", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var huge = RegistrationApi.Form("huge@example.org");
        huge["expectations"] = new string('x', 70_000);
        await (await client.PostAsJsonAsync($"/api/calls/{callId}/applications", huge)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var list = await (await coordinator.GetAsync($"/api/calls/{callId}/applications")).JsonAsync();
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_draft_or_unknown_call_takes_no_application()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var draft = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(_now.AddDays(-1), _now.AddDays(5)));
        var draftId = (await draft.JsonAsync())["callId"]!.GetValue<Guid>();
        var client = factory.CreateClient();
        await (await client.PostAsJsonAsync($"/api/calls/{draftId}/applications", RegistrationApi.Form("draft@example.org"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/applications", RegistrationApi.Form("draft@example.org"))).ProblemAsync(HttpStatusCode.NotFound);
    }
}
