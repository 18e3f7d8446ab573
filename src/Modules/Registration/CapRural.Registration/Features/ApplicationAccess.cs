using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features;

internal static class ApplicationAccess
{
    /// <summary>
    /// The application, if the caller is the coordinator or holds its private token. Anyone else
    /// gets the same 404 as for an unknown id: a token never reveals that another application exists.
    /// </summary>
    public static async Task<Application> FindForAsync(this RegistrationDbContext db, Guid applicationId, Caller caller, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is not null && (caller.IsCoordinator || SecretToken.Matches(caller.ApplicationToken, application.EditTokenHash)
            || await HoldsLinkSentAgainAsync(db, application, caller.ApplicationToken, cancellationToken)))
        {
            return application;
        }

        throw new NotFoundException(Localized.Pick("Candidature introuvable.", "Application not found."));
    }

    /// <summary>A link sent again after "lost link" opens the application as the first one does.</summary>
    private static async Task<bool> HoldsLinkSentAgainAsync(RegistrationDbContext db, Application application, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || application.Status == ApplicationStatus.Erased)
        {
            return false;
        }

        var hash = SecretToken.Hash(token);
        return await db.AccessTokens.AnyAsync(t => t.TokenHash == hash && t.ApplicationId == application.Id, cancellationToken);
    }
}
