using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features;

/// <summary>
/// The one erasure path: the person's request (DELETE /api/applications/{id}) and the retention job
/// both go through here, so an automatic purge erases exactly what a request would, in every module.
/// </summary>
internal static class ApplicantErasure
{
    /// <summary>Stages the erasure on <paramref name="db"/> (the caller saves); false when it was already erased.</summary>
    public static async Task<bool> StageAsync(this RegistrationDbContext db, Application application, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (application.Status == ApplicationStatus.Erased)
        {
            return false;
        }

        // Messages about the person, delivered or not, hold their data (profile, links): they go with it.
        // Only this application's: the same person's application to another call is another subject.
        await db.ForgetMessagesAboutAsync(application.Id, cancellationToken);
        // Every private link dies with the data: the first one (on the application) and those sent again.
        db.AccessTokens.RemoveRange(await db.AccessTokens.Where(t => t.ApplicationId == application.Id).ToListAsync(cancellationToken));
        application.Erase(now);
        db.Publish(new ApplicantDataErased(application.Id, application.CallId));
        return true;
    }
}
