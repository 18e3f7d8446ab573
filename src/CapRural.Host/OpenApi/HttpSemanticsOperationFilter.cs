using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>
/// What the endpoints' metadata does not say on its own: the conditional headers they read, the
/// headers they answer with, and the media type of bodies that are not JSON. Derived from the status
/// codes each endpoint declares, so an endpoint is described the moment it declares a 428 or a 304.
/// </summary>
internal sealed class HttpSemanticsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var responses = operation.Responses ??= new OpenApiResponses();
        var conditionalWrite = responses.ContainsKey("428");
        var conditionalRead = responses.ContainsKey("304");
        if (conditionalWrite)
        {
            AddHeader(operation, "If-Match", required: true,
                "L'`ETag` lu sur la ressource (par ex. `GET /api/calls/{callId}/candidates/{candidateId}`), guillemets compris : " +
                "la modification échoue (412) si quelqu'un l'a changée depuis.");
        }

        if (conditionalRead)
        {
            AddHeader(operation, "If-None-Match", required: false,
                "L'`ETag` d'une réponse précédente : la réponse est 304 sans corps si rien n'a changé.");
        }

        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (status == "201")
            {
                SetHeader(concrete, "Location", "Adresse de la ressource créée.");
            }

            if (status is "200" && (conditionalWrite || conditionalRead || ReturnsEtag(context)))
            {
                SetHeader(concrete, "ETag", "Version de la ressource, à renvoyer dans `If-Match` ou `If-None-Match`.");
            }

            if (status.StartsWith('2'))
            {
                DeclareMediaTypes(concrete, context, int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    // The candidate's read gives the ETag that the decision needs.
    private static bool ReturnsEtag(OperationFilterContext context) =>
        context.ApiDescription.HttpMethod == "GET" &&
        context.ApiDescription.RelativePath?.Replace(":guid", "", StringComparison.Ordinal) == "api/calls/{callId}/candidates/{candidateId}";

    private static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void SetHeader(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
    }

    /// <summary>CSV, Atom, iCalendar and zip answers: declared with their media type and as text or bytes.</summary>
    private static void DeclareMediaTypes(OpenApiResponse response, OperationFilterContext context, int status)
    {
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode == status)
            .SelectMany(m => m.ContentTypes)
            .Where(IsNotJson)
            .ToList();
        response.Content ??= new Dictionary<string, IOpenApiMediaType>();
        foreach (var mediaType in declared)
        {
            response.Content.TryAdd(mediaType, new OpenApiMediaType());
        }

        foreach (var mediaType in response.Content.Keys.Where(IsNotJson).ToList())
        {
            response.Content[mediaType] = new OpenApiMediaType
            {
                Schema = mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal)
                ? new OpenApiSchema { Type = JsonSchemaType.String }
                : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            };
        }

        if (response.Content.Count == 0)
        {
            response.Content = null;
        }
    }

    private static bool IsNotJson(string mediaType) =>
        !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
}
