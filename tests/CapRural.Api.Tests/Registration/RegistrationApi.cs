using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Registration;

/// <summary>Steps the Registration tests repeat: a published call, a valid application form.</summary>
public static class RegistrationApi
{
    public static JsonObject CallBody(DateTimeOffset opensAt, DateTimeOffset closesAt, string title = "AMI — Mailler les ingénieries") => new()
    {
        ["title"] = title,
        ["workingGroupName"] = "Mailler les ingénieries de l'action sociale et du développement local",
        ["description"] = "Un groupe de travail régional entre développement local et action sociale.",
        ["opensAt"] = opensAt.ToString("O"),
        ["closesAt"] = closesAt.ToString("O"),
        ["firstMeetingOn"] = DateOnly.FromDateTime(closesAt.UtcDateTime.AddDays(30)).ToString("yyyy-MM-dd"),
        ["targetGroupSize"] = 20,
        ["meetingsPerYear"] = 4,
        ["themes"] = new JsonArray("mobilité", "petite enfance"),
    };

    /// <summary>A published call open from yesterday to a month from now (factory time).</summary>
    public static async Task<Guid> OpenCallAsync(HttpClient coordinator, DateTimeOffset now)
    {
        var created = await coordinator.PostAsJsonAsync("/api/calls", CallBody(now.AddDays(-1), now.AddDays(30)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var callId = (await created.JsonAsync())["callId"]!.GetValue<Guid>();
        var published = await coordinator.PostAsync($"/api/calls/{callId}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return callId;
    }

    public static JsonObject Form(string email, string communeCode = "63430", string sector = "socialAction") => new()
    {
        ["firstName"] = "Camille",
        ["lastName"] = "Martin",
        ["email"] = email,
        ["phone"] = "04 73 00 00 00",
        ["organisation"] = "CCAS de Thiers",
        ["organisationType"] = "socialActionCentre",
        ["jobTitle"] = "Travailleuse sociale",
        ["sector"] = sector,
        ["role"] = "travailleur social",
        ["communeCode"] = communeCode,
        ["motivation"] = "Je souhaite croiser nos pratiques d'accompagnement avec le développement local.",
        ["expectations"] = "Des méthodes communes.",
        ["topics"] = new JsonArray("mobilité", "pauvreté-précarité"),
        ["preferredFormat"] = "hybrid",
        ["availableForFirstMeeting"] = true,
        ["consentToProcessing"] = true,
        ["consentToDirectory"] = true,
    };

    public static async Task<(Guid ApplicationId, string Token)> ApplyAsync(HttpClient client, Guid callId, JsonObject form)
    {
        var response = await client.PostAsJsonAsync($"/api/calls/{callId}/applications", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body["applicationId"]!.GetValue<Guid>(), body["editToken"]!.GetValue<string>());
    }

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.JsonAsync()).AsObject();
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        return problem;
    }
}
