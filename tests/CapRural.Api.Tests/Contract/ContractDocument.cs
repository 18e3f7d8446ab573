using System.Text.Json;
using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Contract;

/// <summary>
/// The committed OpenAPI document (build/contract/openapi.json): what the website, partners and the
/// generated clients code against. A change to the contract shows as a diff of this file in review.
/// </summary>
internal static class ContractDocument
{
    public static readonly string RepositoryRoot = FindRoot();

    public static string CommittedPath => Path.Combine(RepositoryRoot, "build", "contract", "openapi.json");

    public static async Task<JsonObject> ServedAsync(PlatformFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static string Format(JsonNode document) =>
        document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => (o.Key.ToUpperInvariant(), path.Key, o.Value!.AsObject())));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CapRural.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CapRural.sln not found above the test binaries.");
    }
}
