using System.Text.Json;
using System.Text.Json.Serialization;

namespace CapRural.Api.Tests.Generated;

/// <summary>
/// The generated client, set up as a partner would: the API's enum spelling (camelCase), and an
/// optional property left unset is left out, as the document's non-required properties ask, rather
/// than sent as null (NSwag's System.Text.Json output writes nulls by default).
/// </summary>
public partial class CapRuralClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.Converters.Clear();
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }
}
