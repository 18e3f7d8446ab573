using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>
/// Answers are serialised with every property, null or not, except those marked to be left out when
/// null: all the others are <c>required</c> (a client may rely on their presence). Request bodies get
/// their own rule in <see cref="RequestBodyRequirednessFilter"/>. Enums get their values in French.
/// </summary>
internal sealed class ContractSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type.IsEnum || Nullable.GetUnderlyingType(context.Type)?.IsEnum == true)
        {
            // Only the enum's own schema, not each property's reference to it.
            if (concrete.Enum is { Count: > 0 })
            {
                DescribeEnum(concrete, Nullable.GetUnderlyingType(context.Type) ?? context.Type);
            }

            return;
        }

        if (concrete.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        var omitted = OmittedWhenNull(context.Type);
        concrete.Required = new SortedSet<string>(properties.Keys.Where(name => !omitted.Contains(name)), StringComparer.Ordinal);
        concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        concrete.Extensions[RequestBodyRequirednessFilter.PendingExtension] = new JsonNodeExtension(
            new JsonArray(MustBeSent(context.Type).Where(properties.ContainsKey).Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()));
    }

    /// <summary>
    /// In a request, what a client must send: a non-nullable reference (missing, it would be a null
    /// the type forbids) without a default value. A missing number or boolean silently takes its default.
    /// </summary>
    private static IEnumerable<string> MustBeSent(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var withDefaults = type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.HasDefaultValue)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || p.DeclaringType?.GetConstructors().Any(c => c.GetParameters().Any(a => a.Name == p.Name)) == true)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Where(p => !p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull)
            .Where(p => !withDefaults.Contains(p.Name))
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name));
    }

    private static HashSet<string> OmittedWhenNull(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);

    private static void DescribeEnum(OpenApiSchema schema, Type type)
    {
        var values = schema.Enum?.Select(v => v?.GetValue<string>() ?? "").ToList() ?? [];
        var labels = EnumDescriptions.For(type, values);
        if (labels is null)
        {
            return;
        }

        schema.Description = string.Join("\n", values.Select(v => $"- `{v}` : {labels[v]}"));
        // Generators (NSwag, openapi-typescript) read these to name and document each value.
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enumDescriptions"] = new JsonNodeExtension(new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(labels[v])).ToArray()));
        schema.Extensions["x-enum-varnames"] = new JsonNodeExtension(new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(char.ToUpperInvariant(v[0]) + v[1..])).ToArray()));
    }
}
