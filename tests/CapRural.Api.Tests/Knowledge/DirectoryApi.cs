using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A person who applies and is offered a place; <paramref name="Consent"/> is their answer about the directory.</summary>
public sealed record Joiner(string FirstName, string Sector, string CommuneCode, string Organisation, bool Consent, params string[] Topics);

/// <summary>A call whose selected people were offered their place (not yet confirmed).</summary>
public sealed record OfferedGroup(Guid CallId, HttpClient Coordinator, IReadOnlyDictionary<string, Guid> Applications);

/// <summary>Drives Registration and Selection over HTTP until people are members, as the directory sees them.</summary>
public static class DirectoryApi
{
    public static JsonObject FormOf(Guid callId, Joiner joiner)
    {
        var form = RegistrationApi.Form($"{joiner.FirstName.ToLowerInvariant()}.{callId:N}@example.org", joiner.CommuneCode, joiner.Sector);
        form["firstName"] = joiner.FirstName;
        form["organisation"] = joiner.Organisation;
        form["consentToDirectory"] = joiner.Consent;
        form["topics"] = new JsonArray([.. joiner.Topics.Select(t => JsonValue.Create(t))]);
        return form;
    }

    /// <summary>Everyone applies; <paramref name="accepted"/> are offered a place, the others are declined; results published.</summary>
    public static async Task<OfferedGroup> OfferAsync(PlatformFactory factory, IReadOnlyList<Joiner> joiners, params string[] accepted)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var applications = new Dictionary<string, Guid>();
        foreach (var joiner in joiners)
        {
            var (applicationId, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, FormOf(callId, joiner));
            applications[joiner.FirstName] = applicationId;
        }

        await factory.DeliverOutboxAsync();
        var board = await (await coordinator.GetAsync($"/api/calls/{callId}/candidates?pageSize=100")).JsonAsync();
        var candidates = board["items"]!.AsArray().ToDictionary(
            i => i!["name"]!.GetValue<string>().Split(' ')[0],
            i => i!["candidateId"]!.GetValue<Guid>());
        var setup = new SelectionSetup(callId, coordinator, candidates, applications);
        foreach (var joiner in joiners)
        {
            var etag = await SelectionApi.ETagAsync(coordinator, setup, joiner.FirstName);
            var decision = accepted.Contains(joiner.FirstName) ? "accepted" : "declined";
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(coordinator, setup, joiner.FirstName, decision, etag)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/calls/{callId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        return new OfferedGroup(callId, coordinator, applications);
    }

    /// <summary>The person answers the offer from the link in their mail, and the events are delivered.</summary>
    public static async Task RespondAsync(PlatformFactory factory, string firstName, string response)
    {
        var answered = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, firstName)}", new { response });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await factory.DeliverOutboxAsync();
    }

    public static async Task<JsonArray> DirectoryAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/public/directory?pageSize=100{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["items"]!.AsArray();
    }

    public static IReadOnlyList<string> Names(this JsonArray items) => [.. items.Select(i => i!["name"]!.GetValue<string>())];
}
