using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Fuzz;

/// <summary>One documented operation: its method, path template, parameters and body schema.</summary>
internal sealed record Operation(string Method, string Path, IReadOnlyList<JsonNode> Parameters, JsonNode? BodySchema);

/// <summary>
/// Builds hostile requests for an operation of the OpenAPI document, from a seeded random source:
/// the same seed gives the same requests, so a failure can be replayed.
/// </summary>
internal sealed class RequestGenerator(JsonNode document, IReadOnlyDictionary<string, string> knownValues)
{
    public static IReadOnlyList<Operation> Operations(JsonNode document)
    {
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var parameters = (operation!["parameters"]?.AsArray() ?? []).Concat(item["parameters"]?.AsArray() ?? []).Select(p => p!).ToList();
                var body = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Value?["schema"]).FirstOrDefault(s => s is not null);
                operations.Add(new Operation(method.ToUpperInvariant(), path, parameters, body));
            }
        }

        return operations;
    }

    public HttpRequestMessage Build(Operation operation, Random random)
    {
        var path = new StringBuilder();
        foreach (var segment in operation.Path.Split('/'))
        {
            if (path.Length > 0 || segment.Length > 0)
            {
                path.Append('/');
            }

            path.Append(segment.StartsWith('{') ? PathValue(segment, random) : PathParts(segment, random));
        }

        var query = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p["in"]?.GetValue<string>() == "query"))
        {
            if (random.Next(3) > 0)
            {
                var value = random.Next(3) == 0 ? HostileValues.Strings[random.Next(HostileValues.Strings.Length)] : ScalarText(Resolve(parameter["schema"]), random);
                query.Add(Uri.EscapeDataString(parameter["name"]!.GetValue<string>()) + "=" + Uri.EscapeDataString(value));
            }
        }

        if (random.Next(8) == 0)
        {
            query.Add("page=" + (random.Next(2) == 0 ? "999999999" : "-5") + "&pageSize=100000");
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        var accept = HostileValues.Accepts[random.Next(HostileValues.Accepts.Length)];
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        request.Headers.TryAddWithoutValidation("Accept-Language", random.Next(2) == 0 ? "fr" : "en");
        if (random.Next(6) == 0)
        {
            request.Headers.TryAddWithoutValidation("If-Match", random.Next(2) == 0 ? "\"stale\"" : "*");
        }

        if (operation.BodySchema is not null || random.Next(10) == 0)
        {
            request.Content = Body(operation.BodySchema, random);
        }

        return request;
    }

    private string PathValue(string segment, Random random)
    {
        var name = segment.Trim('{', '}').Split(':')[0];
        if (knownValues.TryGetValue(name, out var known) && random.Next(3) > 0)
        {
            return Uri.EscapeDataString(known);
        }

        return random.Next(2) == 0 ? Guid.NewGuid().ToString() : HostileValues.PathSegments[random.Next(HostileValues.PathSegments.Length)];
    }

    // "{meetingId}.ics" mixes a parameter and a literal in one segment.
    private string PathParts(string segment, Random random)
    {
        var open = segment.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return segment;
        }

        var close = segment.IndexOf('}', open);
        return segment[..open] + PathValue(segment[open..(close + 1)], random) + segment[(close + 1)..];
    }

    private HttpContent Body(JsonNode? schema, Random random)
    {
        var contentType = random.Next(8) == 0 ? HostileValues.ContentTypes[random.Next(HostileValues.ContentTypes.Length)] : "application/json";
        string text;
        switch (random.Next(10))
        {
            case 0:
            case 1:
                text = HostileValues.RawBodies[random.Next(HostileValues.RawBodies.Length)];
                break;
            case 2:
                text = Valid(schema, random, 0)?.ToJsonString() ?? "null";
                break;
            default:
                text = Mutate(Valid(schema, random, 0), random)?.ToJsonString() ?? "null";
                break;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>A plausible value for the schema, so that mutations reach the rules behind the parser.</summary>
    private JsonNode? Valid(JsonNode? schema, Random random, int depth)
    {
        schema = Resolve(schema);
        if (schema is null || depth > 4)
        {
            return null;
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        if (schema["example"] is { } example && random.Next(2) == 0)
        {
            return example.DeepClone();
        }

        var any = schema["oneOf"]?.AsArray() ?? schema["anyOf"]?.AsArray() ?? schema["allOf"]?.AsArray();
        if (any is { Count: > 0 })
        {
            return Valid(any[random.Next(any.Count)], random, depth + 1);
        }

        switch (TypeOf(schema))
        {
            case "object":
                var result = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    result[name] = Valid(property, random, depth + 1);
                }

                if (schema["additionalProperties"] is JsonObject additional)
                {
                    result[knownValues.GetValueOrDefault("pollOptionId") ?? Guid.NewGuid().ToString()] = Valid(additional, random, depth + 1);
                }

                return result;
            case "array":
                var array = new JsonArray();
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    array.Add(Valid(schema["items"], random, depth + 1));
                }

                return array;
            case "integer":
                return JsonValue.Create(random.Next(0, 30));
            case "number":
                return JsonValue.Create(random.NextDouble() * 5);
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            case "string":
                return JsonValue.Create(ScalarText(schema, random));
            default:
                return null;
        }
    }

    private static JsonNode? Mutate(JsonNode? value, Random random)
    {
        if (value is not JsonObject obj || obj.Count == 0 || random.Next(8) == 0)
        {
            return HostileValues.Any(random);
        }

        var names = obj.Select(p => p.Key).ToList();
        for (var i = random.Next(1, Math.Min(4, names.Count) + 1); i > 0; i--)
        {
            var name = names[random.Next(names.Count)];
            switch (random.Next(5))
            {
                case 0:
                    obj.Remove(name);
                    break;
                case 1 when obj[name] is JsonObject or JsonArray:
                    obj[name] = Mutate(obj[name] is JsonArray array && array.Count > 0 ? array[0]?.DeepClone() : obj[name]!.DeepClone(), random);
                    break;
                default:
                    obj[name] = HostileValues.Any(random);
                    break;
            }
        }

        return obj;
    }

    private string ScalarText(JsonNode? schema, Random random)
    {
        var format = schema?["format"]?.GetValue<string>();
        return format switch
        {
            "uuid" => knownValues.Values.Where(v => Guid.TryParse(v, out _)).Skip(random.Next(Math.Max(1, knownValues.Count))).FirstOrDefault() ?? Guid.NewGuid().ToString(),
            "date-time" => new DateTimeOffset(2027, 1, 5, 9, 30, 0, TimeSpan.Zero).AddDays(random.Next(-4000, 4000)).ToString("O", CultureInfo.InvariantCulture),
            "date" => new DateOnly(2027, 1, 5).AddDays(random.Next(-4000, 4000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "int32" or "int64" => random.Next(-3, 200).ToString(CultureInfo.InvariantCulture),
            _ when TypeOf(schema) is "integer" or "number" => random.Next(-3, 200).ToString(CultureInfo.InvariantCulture),
            _ when TypeOf(schema) is "boolean" => random.Next(2) == 0 ? "true" : "false",
            _ when schema?["enum"] is JsonArray values && values.Count > 0 => values[random.Next(values.Count)]?.ToString() ?? "",
            _ => random.Next(4) == 0 ? "2027-01-05T09:30" : "Réunion à Thiers",
        };
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null"),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; schema?["$ref"] is JsonValue reference && hops < 10; hops++)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = document["components"]?["schemas"]?[name];
        }

        return schema;
    }
}
