using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace CapRural.BuildingBlocks.Errors;

/// <summary>
/// The generated request delegates answer 400 without an exception when an optional route or query
/// value does not parse ("?page=abc"): this finds which one, from the endpoint's parameter metadata,
/// so the answer names it as the framework's own exception would.
/// </summary>
public static class UnparsedParameter
{
    public static string? NameIn(HttpContext http)
    {
        var parameters = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters.Where(p => p.HasTryParse))
        {
            var raw = http.Request.RouteValues.TryGetValue(parameter.Name, out var routeValue)
                ? Convert.ToString(routeValue, CultureInfo.InvariantCulture)
                : http.Request.Query.TryGetValue(parameter.Name, out var queryValue) ? queryValue.ToString() : null;
            if (!string.IsNullOrEmpty(raw) && !Parses(parameter.ParameterInfo.ParameterType, raw))
            {
                return parameter.Name;
            }
        }

        return null;
    }

    private static bool Parses(Type type, string raw)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return Enum.TryParse(type, raw, ignoreCase: true, out _);
        }

        // Only reached on an error answer: reflection here costs nothing on the way of a valid request.
        var withCulture = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (withCulture is not null)
        {
            return (bool)withCulture.Invoke(null, [raw, CultureInfo.InvariantCulture, null])!;
        }

        var plain = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        return plain is null || (bool)plain.Invoke(null, [raw, null])!;
    }
}
