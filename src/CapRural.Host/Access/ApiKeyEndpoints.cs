using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using FluentValidation;

namespace CapRural.Host.Access;

internal sealed record CreateApiKeyRequest(string? Name, string? Role);

internal sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Role).NotEmpty().Must(role => Roles.All.Contains(role!))
            .WithMessage(_ => Localized.Pick(
                "Le rôle doit être coordinator, reviewer ou partner.",
                "The role must be coordinator, reviewer or partner."));
    }
}

/// <summary>A coordinator gives keys to reviewers and partners, lists and revokes them.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/api-keys").WithTags("Administration").RequireAuthorization(Policies.Coordinator);

        group.MapGet("/", async (ApiKeyService keys, CancellationToken ct) => TypedResults.Ok(await keys.ListAsync(ct)))
            .WithSummary("Lister les clés d'API")
            .WithDescription("Toutes les clés (actives et révoquées), avec leur identifiant, utilisé pour affecter un relecteur à un appel.")
            .ProducesClientErrors(401, 403);

        group.MapPost("/", async (CreateApiKeyRequest request, ApiKeyService keys, CancellationToken ct) =>
            {
                await new CreateApiKeyRequestValidator().ValidateAndThrowAsync(request, ct);
                var created = await keys.CreateAsync(request.Name!, request.Role!, ct);
                return TypedResults.Created($"/api/admin/api-keys/{created.Id}", created);
            })
            .WithSummary("Créer une clé d'API")
            .WithDescription("La clé n'est affichée qu'une fois, dans cette réponse : transmettez-la à son titulaire.")
            .WithRequestExample(new { name = "Comité de sélection — Marie Durand", role = Roles.Reviewer })
            .ProducesClientErrors(400, 401, 403, 422);

        group.MapDelete("/{apiKeyId:guid}", async Task<IResult> (Guid apiKeyId, ApiKeyService keys, CancellationToken ct) =>
                await keys.RevokeAsync(apiKeyId, ct)
                    ? TypedResults.NoContent()
                    : throw new NotFoundException(Localized.Pick("Clé d'API inconnue.", "Unknown API key.")))
            .WithSummary("Révoquer une clé d'API")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesClientErrors(401, 403, 404);
    }
}
