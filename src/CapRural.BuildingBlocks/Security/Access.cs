using System.Security.Claims;

namespace CapRural.BuildingBlocks.Security;

/// <summary>Roles carried by API keys.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Reviewer = "reviewer";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Coordinator, Reviewer, Partner];
}

/// <summary>The authorisation policies every endpoint chooses from. Anything else is denied.</summary>
public static class Policies
{
    public const string Coordinator = "coordinator";
    public const string Reviewer = "reviewer";
    public const string Partner = "partner";
    public const string Applicant = "applicant";
    public const string ApplicantOrCoordinator = "applicant-or-coordinator";
    public const string Member = "member";
    public const string MemberOrCoordinator = "member-or-coordinator";
}

/// <summary>Headers and claims of the platform's credentials.</summary>
public static class Credentials
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string ApplicationTokenHeader = "X-Application-Token";
    public const string MemberTokenHeader = "X-Member-Token";

    public const string ApiKeyIdClaim = "api_key_id";
    public const string ApplicationTokenClaim = "application_token";
    public const string MemberTokenClaim = "member_token";

    /// <summary>The id of the API key the caller used, or null for a token or anonymous caller.</summary>
    public static Guid? ApiKeyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ApiKeyIdClaim), out var id) ? id : null;

    /// <summary>The private application token the caller presented (checked by the owning module).</summary>
    public static string? ApplicationToken(this ClaimsPrincipal user) => user.FindFirstValue(ApplicationTokenClaim);

    public static string? MemberToken(this ClaimsPrincipal user) => user.FindFirstValue(MemberTokenClaim);

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);
}
