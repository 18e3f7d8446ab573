using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access.PostgreSql;
using CapRural.Host.Scheduling;
using Microsoft.AspNetCore.Authorization;

namespace CapRural.Host.Access;

internal static class AccessRegistration
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddModuleDatabase<AccessDbContext, AccessPostgreSqlDbContext>(AccessDbContext.Name);
        services.AddMemoryCache();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IJobTurns, JobTurns>();
        services.AddAuthentication(CredentialsAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CredentialsAuthenticationHandler>(
                CredentialsAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorizationBuilder()
            // Anything that does not say otherwise needs at least a valid credential.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Coordinator, Roles.Reviewer))
            .AddPolicy(Policies.Partner, p => p.RequireRole(Roles.Coordinator, Roles.Partner))
            .AddPolicy(Policies.Applicant, p => p.RequireClaim(Credentials.ApplicationTokenClaim))
            .AddPolicy(Policies.ApplicantOrCoordinator, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Coordinator) || c.User.HasClaim(h => h.Type == Credentials.ApplicationTokenClaim)))
            .AddPolicy(Policies.Member, p => p.RequireClaim(Credentials.MemberTokenClaim))
            .AddPolicy(Policies.MemberOrCoordinator, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Coordinator) || c.User.HasClaim(h => h.Type == Credentials.MemberTokenClaim)));
        return services;
    }

    /// <summary>
    /// Refuses to start when an endpoint states no access rule: every route must either name a
    /// policy or be explicitly anonymous, so nothing becomes public by omission.
    /// </summary>
    public static void EnsureEveryEndpointDeclaresAccess(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        var undeclared = sources
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException("Endpoints without an access rule: " + string.Join(", ", undeclared));
        }
    }
}
