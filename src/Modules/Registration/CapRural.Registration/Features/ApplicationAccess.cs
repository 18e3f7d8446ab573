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
        if (application is null || !(caller.IsCoordinator || SecretToken.Matches(caller.ApplicationToken, application.EditTokenHash)))
        {
            throw new NotFoundException(Localized.Pick("Candidature introuvable.", "Application not found."));
        }

        return application;
    }
}
