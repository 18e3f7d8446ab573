using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Contract;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.0 schema of the committed document: the subset this API
/// uses ($ref, allOf, nullable, type, properties, required, additionalProperties, items, enum).
/// </summary>
internal sealed class SchemaValidator(JsonObject document)
{
    public List<string> Validate(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors, nullableFromWrapper: false);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schema, string path, List<string> errors, bool nullableFromWrapper)
    {
        if (schema["$ref"] is { } reference)
        {
            Check(value, Resolve(reference.GetValue<string>()), path, errors, nullableFromWrapper);
            return;
        }

        var nullable = nullableFromWrapper || schema["nullable"]?.GetValue<bool>() == true;
        if (value is null)
        {
            if (!nullable)
            {
                errors.Add($"{path}: null where the document promises a value");
            }

            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(value, part!, path, errors, nullable);
        }

        switch (schema["type"]?.GetValue<string>())
        {
            case "object":
                CheckObject(value, schema, path, errors);
                break;
            case "array":
                if (value is not JsonArray array)
                {
                    errors.Add($"{path}: expected an array, got {value.GetValueKind()}");
                    break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], schema["items"]!, $"{path}[{i}]", errors, false);
                }

                break;
            case "string":
                CheckKind(value, path, errors, System.Text.Json.JsonValueKind.String);
                if (schema["enum"] is JsonArray values && value.GetValueKind() == System.Text.Json.JsonValueKind.String &&
                    !values.Any(v => v?.GetValue<string>() == value.GetValue<string>()))
                {
                    errors.Add($"{path}: '{value}' is not one of the enum's values");
                }

                break;
            case "integer" or "number":
                CheckKind(value, path, errors, System.Text.Json.JsonValueKind.Number);
                break;
            case "boolean":
                if (value.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean, got {value.GetValueKind()}");
                }

                break;
        }
    }

    private void CheckObject(JsonNode value, JsonNode schema, string path, List<string> errors)
    {
        if (value is not JsonObject obj)
        {
            errors.Add($"{path}: expected an object, got {value.GetValueKind()}");
            return;
        }

        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey(required!.GetValue<string>()))
            {
                errors.Add($"{path}: required property '{required}' is missing");
            }
        }

        foreach (var (name, child) in obj)
        {
            if (properties?[name] is { } propertySchema)
            {
                Check(child, propertySchema, $"{path}.{name}", errors, false);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(child, additional, $"{path}.{name}", errors, false);
            }
            else if (schema["additionalProperties"]?.GetValue<bool>() == false)
            {
                errors.Add($"{path}: property '{name}' is not in the document");
            }
        }
    }

    private static void CheckKind(JsonNode value, string path, List<string> errors, System.Text.Json.JsonValueKind expected)
    {
        if (value.GetValueKind() != expected)
        {
            errors.Add($"{path}: expected {expected}, got {value.GetValueKind()}");
        }
    }

    private JsonNode Resolve(string reference) =>
        document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]
            ?? throw new InvalidOperationException($"Unknown schema {reference}");
}
