using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.EraseApplication;

public sealed record EraseApplication(Guid ApplicationId, Caller Caller) : ICommand;

internal sealed class EraseApplicationHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<EraseApplication>
{
    public async ValueTask<Unit> Handle(EraseApplication command, CancellationToken cancellationToken)
    {
        var application = await db.FindForAsync(command.ApplicationId, command.Caller, cancellationToken);
        // Messages about the person, delivered or not, hold their data (profile, links): they go with it.
        // Only this application's: the same person's application to another call is another subject.
        await db.ForgetMessagesAboutAsync(application.Id, cancellationToken);
        application.Erase(clock.GetUtcNow());
        db.Publish(new ApplicantDataErased(application.Id, application.CallId));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class EraseApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/applications/{applicationId:guid}", async (Guid applicationId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EraseApplication(applicationId, Caller.From(http.User)), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ApplicantOrCoordinator)
            .WithSummary("Effacer les données personnelles d'une candidature (RGPD)")
            .WithDescription("Efface nom, coordonnées, organisation et textes dans tous les modules ; seules des données anonymes " +
                "(secteur, territoire) restent pour les statistiques. Le lien privé cesse de fonctionner. Irréversible.")
            .ProducesClientErrors(401, 403, 404);
}
