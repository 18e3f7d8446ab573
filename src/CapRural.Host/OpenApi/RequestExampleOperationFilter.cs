using System.Text.Json;
using System.Text.Json.Nodes;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>Puts an endpoint's example body into the document, so "Try it out" starts from a valid request.</summary>
internal sealed class RequestExampleOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
        if (example is null || operation.RequestBody?.Content is null)
        {
            return;
        }

        var node = JsonNode.Parse(JsonSerializer.Serialize(example.Value, Json.Options));
        foreach (var media in operation.RequestBody.Content.Values.OfType<OpenApiMediaType>())
        {
            media.Example = node?.DeepClone();
        }
    }
}
