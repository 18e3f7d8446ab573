using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Steps the Knowledge tests repeat: a sheet body, a sheet taken through review to publication.</summary>
public static class KnowledgeApi
{
    public static JsonObject SheetBody(string title, string body = "## Étapes\n\n1. Réunir les acteurs\n2. Croiser les données", params string[] themes) => new()
    {
        ["title"] = title,
        ["summary"] = "Une méthode du groupe de travail.",
        ["body"] = body,
        ["themes"] = new JsonArray([.. (themes.Length == 0 ? ["convention territoriale globale"] : themes).Select(t => JsonValue.Create(t))]),
        ["authors"] = new JsonArray("Camille Martin", "CCAS de Thiers"),
    };

    public static async Task<JsonNode> CreateAsync(HttpClient coordinator, JsonObject body)
    {
        var created = await coordinator.PostAsJsonAsync("/api/method-sheets", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.JsonAsync();
    }

    /// <summary>Submits then publishes; returns the coordinator's view after publication.</summary>
    public static async Task<JsonNode> ReviewAndPublishAsync(HttpClient coordinator, Guid sheetId)
    {
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/method-sheets/{sheetId}/submit", null)).StatusCode);
        var published = await coordinator.PostAsync($"/api/method-sheets/{sheetId}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return await published.JsonAsync();
    }

    /// <summary>A new sheet, published; returns its id and slug.</summary>
    public static async Task<(Guid SheetId, string Slug)> PublishNewAsync(HttpClient coordinator, JsonObject body)
    {
        var sheetId = (await CreateAsync(coordinator, body))["sheetId"]!.GetValue<Guid>();
        var published = await ReviewAndPublishAsync(coordinator, sheetId);
        return (sheetId, published["slug"]!.GetValue<string>());
    }

    public static Guid Id(this JsonNode node) => node["sheetId"]!.GetValue<Guid>();

    public static string Text(this JsonNode node, string field) => node[field]!.GetValue<string>();
}
