using CapRural.BuildingBlocks.Security;
using Microsoft.OpenApi;

namespace CapRural.Host.OpenApi;

/// <summary>
/// The OpenAPI document doubles as the coordinator's back office during rollout: French text,
/// example bodies, the status codes, and an "Authorize" button for each credential.
/// </summary>
internal static class SwaggerSetup
{
    public static IServiceCollection AddPlatformSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Cap Rural — groupes de travail régionaux",
                Version = "v1",
                Description = "API de la plateforme des groupes de travail de Cap Rural : appels à manifestation d'intérêt, " +
                    "candidatures, sélection, réunions et capitalisation. Cliquez sur « Authorize » et collez votre clé d'API.",
            });
            AddHeaderScheme(options, SecuritySchemes.ApiKey, Credentials.ApiKeyHeader, "Clé d'API (coordination, relecture, partenaire).");
            AddHeaderScheme(options, SecuritySchemes.ApplicationToken, Credentials.ApplicationTokenHeader, "Jeton privé de candidature reçu par e-mail.");
            AddHeaderScheme(options, SecuritySchemes.MemberToken, Credentials.MemberTokenHeader, "Jeton privé de membre reçu par e-mail.");
            options.OperationFilter<AccessOperationFilter>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace('+', '.'));
        });
        return services;
    }

    private static void AddHeaderScheme(Swashbuckle.AspNetCore.SwaggerGen.SwaggerGenOptions options, string id, string header, string description) =>
        options.AddSecurityDefinition(id, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = header,
            Description = description,
        });
}

internal static class SecuritySchemes
{
    public const string ApiKey = "ApiKey";
    public const string ApplicationToken = "ApplicationToken";
    public const string MemberToken = "MemberToken";
}
