using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CapRural.BuildingBlocks.Http;

/// <summary>An example request body shown in the OpenAPI document and Swagger UI.</summary>
public sealed record RequestExample(object Value);

public static class EndpointMetadata
{
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestExample(example));

    public static TBuilder WithBodySizeLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));

    /// <summary>The error answers every endpoint with a body can give.</summary>
    public static RouteHandlerBuilder ProducesClientErrors(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == 422)
            {
                builder.ProducesValidationProblem(422);
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }
}
