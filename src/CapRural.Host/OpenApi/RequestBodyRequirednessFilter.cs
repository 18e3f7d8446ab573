using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CapRural.Host.OpenApi;

/// <summary>
/// A schema used only in request bodies lists as <c>required</c> the properties a client must send:
/// those that are not nullable. Commands take nullable fields so that a missing one gets a 422 naming
/// it; those stay optional here, and a PATCH body is all optional and nullable, so a generated client
/// can change one field without sending the others.
/// </summary>
internal static class RequestBodyRequirednessFilter
{
    public static void Apply(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var fromRequests = new HashSet<string>(StringComparer.Ordinal);
        var fromResponses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, fromRequests);
            }

            foreach (var media in (operation.Responses ?? []).Values.SelectMany(r => r.Content?.Values ?? []))
            {
                Collect(media.Schema, schemas, fromResponses);
            }
        }

        foreach (var (id, schema) in schemas)
        {
            if (schema is not OpenApiSchema concrete || concrete.Extensions?.Remove(PendingExtension, out var pending) != true)
            {
                continue;
            }

            if (fromRequests.Contains(id) && !fromResponses.Contains(id) && pending is JsonNodeExtension { Node: JsonArray names })
            {
                concrete.Required = new SortedSet<string>(names.Select(n => n!.GetValue<string>()), StringComparer.Ordinal);
            }

            if (concrete.Required is { Count: 0 })
            {
                // OpenAPI 3.0 wants a non-empty list or none.
                concrete.Required = null;
            }
        }
    }

    /// <summary>Where the schema filter leaves, for each object schema, what a request must carry.</summary>
    public const string PendingExtension = "x-caprural-request-required";

    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            if (id is null || !seen.Add(id) || !schemas.TryGetValue(id, out var target))
            {
                return;
            }

            schema = target;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            Collect(child, schemas, seen);
        }

        Collect(schema.Items, schemas, seen);
        Collect(schema.AdditionalProperties, schemas, seen);
    }
}
