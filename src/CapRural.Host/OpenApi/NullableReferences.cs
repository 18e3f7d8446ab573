using Microsoft.OpenApi;

namespace CapRural.Host.OpenApi;

/// <summary>
/// OpenAPI 3.0 cannot put <c>nullable</c> next to a <c>$ref</c>, so a nullable reference is written
/// <c>{ "type": …, "nullable": true, "allOf": [ { "$ref": … } ] }</c> — the type copied from the target,
/// as validators require beside <c>nullable</c>. A non-nullable one goes back to a plain <c>$ref</c>.
/// </summary>
internal static class NullableReferences
{
    public static void Apply(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            if (schema.Properties is null)
            {
                continue;
            }

            foreach (var name in schema.Properties.Keys.ToList())
            {
                schema.Properties[name] = Rewrite(schema.Properties[name], schemas);
            }
        }
    }

    private static IOpenApiSchema Rewrite(IOpenApiSchema property, IDictionary<string, IOpenApiSchema> schemas)
    {
        if (property is not OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper)
        {
            return property;
        }

        var nullable = wrapper.Type is { } type && type.HasFlag(JsonSchemaType.Null);
        if (!nullable && string.IsNullOrEmpty(wrapper.Description))
        {
            return reference;
        }

        if (nullable && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } targetType)
        {
            wrapper.Type = targetType | JsonSchemaType.Null;
        }

        return wrapper;
    }
}
