namespace CapRural.BuildingBlocks.Errors;

/// <summary>
/// A request that cannot be honoured for a reason the client can understand.
/// Mapped once to ProblemDetails; the message is already in the caller's language.
/// </summary>
public abstract class AppException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public abstract int StatusCode { get; }
}

/// <summary>404: the resource does not exist, or the caller may not know it exists.</summary>
public sealed class NotFoundException(string detail)
    : AppException(Localized.Pick("Ressource introuvable", "Not found"), detail)
{
    public override int StatusCode => 404;
}

/// <summary>409: the request contradicts the current state (deadline passed, duplicate, wrong status).</summary>
public sealed class ConflictException(string detail)
    : AppException(Localized.Pick("Conflit avec l'état actuel", "Conflict with the current state"), detail)
{
    public override int StatusCode => 409;
}

/// <summary>412: the client edited a stale version (If-Match did not match the ETag).</summary>
public sealed class PreconditionFailedException(string detail)
    : AppException(Localized.Pick("Version périmée", "Stale version"), detail)
{
    public override int StatusCode => 412;
}

/// <summary>401: the credential is missing, unknown or no longer valid (a member token of someone who left, say).</summary>
public sealed class UnauthorizedException(string detail)
    : AppException(Localized.Pick("Authentification requise", "Authentication required"), detail)
{
    public override int StatusCode => 401;
}

/// <summary>403: authenticated, but this person may not do this.</summary>
public sealed class ForbiddenException(string detail)
    : AppException(Localized.Pick("Accès refusé", "Forbidden"), detail)
{
    public override int StatusCode => 403;
}
