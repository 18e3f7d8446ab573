using System.Security.Claims;

namespace CapRural.BuildingBlocks.Security;

/// <summary>Who sends a command, as the handler needs it: a role, or a private token to check.</summary>
public sealed record Caller(Guid? ApiKeyId, string? Role, string? ApplicationToken, string? MemberToken)
{
    public static readonly Caller Anonymous = new(null, null, null, null);

    public bool IsCoordinator => Role == Roles.Coordinator;

    public static Caller From(ClaimsPrincipal user) => new(
        user.ApiKeyId(),
        user.FindFirstValue(ClaimTypes.Role),
        user.ApplicationToken(),
        user.MemberToken());
}
