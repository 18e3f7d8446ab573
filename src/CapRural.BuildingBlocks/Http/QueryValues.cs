using System.Text.Json;
using CapRural.BuildingBlocks.Errors;
using FluentValidation;
using FluentValidation.Results;

namespace CapRural.BuildingBlocks.Http;

/// <summary>Query-string values spelled as in JSON bodies (camelCase enums), with a clear error otherwise.</summary>
public static class QueryValues
{
    public static T? Enum<T>(string? value, string field)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        throw new ValidationException([new ValidationFailure(field, Localized.Pick(
            $"Valeur inconnue « {value} » ; valeurs possibles : {allowed}.",
            $"Unknown value '{value}'; allowed values: {allowed}."))]);
    }
}
