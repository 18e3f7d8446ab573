using System.Security.Claims;
using System.Text.Encodings.Web;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CapRural.Host.Access;

/// <summary>
/// One scheme for every credential: an API key (people and partners, with a role) or a private
/// token (applicants, members). A token is only carried as a claim: the module that owns the
/// resource checks it against the hash it stored.
/// </summary>
internal sealed class CredentialsAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService apiKeys,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credentials";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(Credentials.ApiKeyHeader, out var key) && !string.IsNullOrWhiteSpace(key))
        {
            var identity = await apiKeys.VerifyAsync(key.ToString(), Context.RequestAborted);
            if (identity is null)
            {
                return AuthenticateResult.Fail("Unknown or revoked API key");
            }

            return Success(
                new Claim(ClaimTypes.NameIdentifier, identity.Id.ToString()),
                new Claim(ClaimTypes.Name, identity.Name),
                new Claim(ClaimTypes.Role, identity.Role),
                new Claim(Credentials.ApiKeyIdClaim, identity.Id.ToString()));
        }

        if (Request.Headers.TryGetValue(Credentials.ApplicationTokenHeader, out var applicationToken) && !string.IsNullOrWhiteSpace(applicationToken))
        {
            return Success(new Claim(Credentials.ApplicationTokenClaim, applicationToken.ToString()));
        }

        if (Request.Headers.TryGetValue(Credentials.MemberTokenHeader, out var memberToken) && !string.IsNullOrWhiteSpace(memberToken))
        {
            return Success(new Claim(Credentials.MemberTokenClaim, memberToken.ToString()));
        }

        return AuthenticateResult.NoResult();
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return WriteProblem(
            Localized.Pick("Authentification requise", "Authentication required"),
            Localized.Pick(
                "Fournissez une clé d'API valide (X-Api-Key) ou le jeton privé reçu par e-mail.",
                "Provide a valid API key (X-Api-Key) or the private token you received by e-mail."));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblem(
            Localized.Pick("Accès refusé", "Forbidden"),
            Localized.Pick("Vos droits ne permettent pas cette opération.", "Your rights do not allow this operation."));
    }

    private static AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));

    private Task WriteProblem(string title, string detail) =>
        problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = Response.StatusCode, Title = title, Detail = detail },
        }).AsTask();
}
