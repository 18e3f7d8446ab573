using Microsoft.AspNetCore.Http;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CapRural.BuildingBlocks.Errors;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's <c>Accept</c>
/// header. The framework's writer declines when a client asks only for <c>text/calendar</c> or
/// <c>text/csv</c>, which turned a 401 into a 500 and left 4xx answers without a body; an error
/// has one shape, and a calendar or CSV client still gets its status and a readable reason.
/// Registered before the framework's writer, so it is the one used.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions)
    : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= DefaultTitle(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, MediaType));
    }

    /// <summary>A title for answers produced without one (status code pages, the framework).</summary>
    private static string DefaultTitle(int status) => status switch
    {
        400 => Localized.Pick("Requête invalide", "Bad request"),
        401 => Localized.Pick("Authentification requise", "Authentication required"),
        403 => Localized.Pick("Accès refusé", "Forbidden"),
        404 => Localized.Pick("Ressource introuvable", "Not found"),
        405 => Localized.Pick("Méthode non autorisée", "Method not allowed"),
        406 => Localized.Pick("Format de réponse non disponible", "Not acceptable"),
        409 => Localized.Pick("Conflit avec l'état actuel", "Conflict with the current state"),
        411 => Localized.Pick("Longueur requise", "Length required"),
        412 => Localized.Pick("Version périmée", "Stale version"),
        413 => Localized.Pick("Requête trop volumineuse", "Request too large"),
        415 => Localized.Pick("Type de contenu non pris en charge", "Unsupported media type"),
        422 => Localized.Pick("Données invalides", "Invalid data"),
        429 => Localized.Pick("Trop de requêtes", "Too many requests"),
        >= 500 => Localized.Pick("Erreur interne", "Internal error"),
        _ => Localized.Pick("Requête refusée", "Request refused"),
    };
}
