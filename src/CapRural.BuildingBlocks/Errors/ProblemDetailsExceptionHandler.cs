using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CapRural.BuildingBlocks.Errors;

/// <summary>
/// The one mapping from exceptions to RFC 9457 ProblemDetails. Anything not recognised is a 500
/// whose body carries only the trace id; the details go to the log.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status >= 500)
        {
            // The route template, never the raw path: confirmation and calendar tokens live in paths.
            logger.LogError(exception, "Unhandled error on {Method} {Route}", httpContext.Request.Method, Http.RouteTemplate.Of(httpContext));
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException validation => ValidationProblem(validation),
        AppException app => new ProblemDetails { Status = app.StatusCode, Title = app.Title, Detail = app.Message },
        BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
        {
            Status = 413,
            Title = Localized.Pick("Requête trop volumineuse", "Request too large"),
            Detail = Localized.Pick("Le corps de la requête dépasse la taille autorisée.", "The request body exceeds the allowed size."),
        },
        BadHttpRequestException { StatusCode: 415 } => new ProblemDetails
        {
            Status = 415,
            Title = Localized.Pick("Type de contenu non pris en charge", "Unsupported media type"),
            Detail = Localized.Pick("Envoyez le corps en JSON (Content-Type: application/json).", "Send the body as JSON (Content-Type: application/json)."),
        },
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = 400,
            Title = Localized.Pick("Requête invalide", "Bad request"),
            Detail = DescribeBadRequest(bad),
        },
        JsonException => new ProblemDetails
        {
            Status = 400,
            Title = Localized.Pick("Requête invalide", "Bad request"),
            Detail = Localized.Pick("Le corps JSON est mal formé.", "The JSON body is malformed."),
        },
        _ => new ProblemDetails
        {
            Status = 500,
            Title = Localized.Pick("Erreur interne", "Internal error"),
            Detail = Localized.Pick(
                "Une erreur inattendue est survenue. Communiquez l'identifiant de trace au support.",
                "An unexpected error occurred. Give the trace id to support."),
        },
    };

    private static string DescribeBadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? null : json.Path.TrimStart('$', '.');
            return path is null
                ? Localized.Pick("Le corps JSON est mal formé ou vide.", "The JSON body is malformed or empty.")
                : Localized.Pick($"Valeur invalide pour le champ « {path} ».", $"Invalid value for field '{path}'.");
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return Localized.Pick("Le corps de la requête est absent ou vide : envoyez un objet JSON.", "The request body is missing or empty: send a JSON object.");
        }

        if (BindingFailure().Match(bad.Message) is { Success: true } binding)
        {
            return InvalidParameter(binding.Groups["name"].Value);
        }

        return Localized.Pick("Requête mal formée.", "Malformed request.");
    }

    public static string InvalidParameter(string name) =>
        Localized.Pick($"Valeur invalide pour le paramètre « {name} ».", $"Invalid value for parameter '{name}'.");

    // The framework's own wording, e.g. Failed to bind parameter "int page" from "abc".
    [System.Text.RegularExpressions.GeneratedRegex("parameter \"[^\"]*?(?<name>\\w+)\"")]
    private static partial System.Text.RegularExpressions.Regex BindingFailure();

    private static HttpValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = 422,
            Title = Localized.Pick("Données invalides", "Invalid data"),
            Detail = Localized.Pick("Un ou plusieurs champs ne respectent pas les règles.", "One or more fields break the rules."),
        };
    }

    /// <summary>"Topics[0]" → "topics[0]", "Address.City" → "address.city": the JSON names clients send.</summary>
    public static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
