using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>
/// Filters arrive as strings (an unknown value is a 422 naming the field, see QueryValues), but they
/// take the values of an enum: declared as that enum, the Swagger UI offers a list instead of a free
/// text box, and generated clients get typed parameters. Also says what the common filters expect.
/// </summary>
internal sealed class QueryParameterSchemas : IOperationFilter
{
    private static readonly Dictionary<string, string> EnumByName = new(StringComparer.Ordinal)
    {
        ["sector"] = "Sector",
        ["decision"] = "Decision",
        ["organisationType"] = "OrganisationType",
    };

    // "status" means a different enum on each list.
    private static readonly Dictionary<string, string> StatusByPath = new(StringComparer.Ordinal)
    {
        ["api/calls/{callId}/applications"] = "ApplicationStatus",
        ["api/calls/{callId}/applications.csv"] = "ApplicationStatus",
        ["api/method-sheets"] = "SheetStatus",
        ["api/meeting-notes"] = "MeetingNoteStatus",
        ["api/experience-reports"] = "ExperienceReportStatus",
    };

    private static readonly Dictionary<string, (string[] Values, string Description)> InlineEnums = new(StringComparer.Ordinal)
    {
        ["candidates"] = (["venues", "communes"], "Classer les lieux enregistrés (`venues`, par défaut) ou toutes les communes (`communes`)."),
        ["objective"] = (["total", "max"], "Classer par distance totale (`total`, par défaut) ou par plus longue distance (`max`, le membre le plus éloigné d'abord)."),
        ["scope"] = (["region", "france"], "Avec `candidates=communes` : les communes de la région (`region`, par défaut) ou de France (`france`)."),
    };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["department"] = "Code du département (ex. `63` pour le Puy-de-Dôme, `15` pour le Cantal).",
        ["q"] = "Recherche libre, sans tenir compte des accents.",
        ["page"] = "Numéro de page, à partir de 1.",
        ["pageSize"] = "Taille de la page : 20 par défaut, au plus 100.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = context.ApiDescription.RelativePath?.Replace(":guid", "", StringComparison.Ordinal) ?? "";
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is not { } name)
            {
                continue;
            }

            var enumId = name == "status" ? StatusByPath.GetValueOrDefault(path) : EnumByName.GetValueOrDefault(name);
            if (enumId is not null)
            {
                parameter.Schema = new OpenApiSchemaReference(enumId, context.Document);
                parameter.Description ??= "Filtre ; valeurs possibles décrites dans le schéma " + enumId + ".";
            }
            else if (InlineEnums.TryGetValue(name, out var inline))
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. inline.Values.Select(v => (JsonNode)JsonValue.Create(v))],
                };
                parameter.Description ??= inline.Description;
            }
            else if (Descriptions.TryGetValue(name, out var description))
            {
                parameter.Description ??= description;
            }
        }
    }
}
