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
            // Relative: "Try it out" and clients call the instance that served the document, whatever its host.
            options.AddServer(new OpenApiServer { Url = "/", Description = "L'instance qui sert ce document" });
            options.OperationFilter<AccessOperationFilter>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.OperationFilter<HttpSemanticsOperationFilter>();
            options.OperationFilter<PathParameterDescriptions>();
            options.OperationFilter<QueryParameterSchemas>();
            options.SchemaFilter<ContractSchemaFilter>();
            options.DocumentFilter<ContractDocumentFilter>();
            options.CustomSchemaIds(SchemaIds.For);
            // Nullable exactly as the C# types say (string? → nullable, string → not), and a nullable
            // reference to another schema wrapped so that OpenAPI 3.0 can say it.
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
        });
        return services;
    }

    public static WebApplication UsePlatformSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "Cap Rural v1");
            o.DocumentTitle = "Cap Rural — API";
            // The key stays in this tab's memory: a shared office computer keeps no coordinator key.
            o.ConfigObject.PersistAuthorization = false;
            o.EnableFilter();
            o.EnableDeepLinking();
            o.DisplayRequestDuration();
            o.DisplayOperationId();
            o.DocExpansion(Swashbuckle.AspNetCore.SwaggerUI.DocExpansion.None);
            o.DefaultModelsExpandDepth(0);
            o.EnableTryItOutByDefault();
        });
        return app;
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
