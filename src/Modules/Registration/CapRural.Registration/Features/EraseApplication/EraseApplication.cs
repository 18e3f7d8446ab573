using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.EraseApplication;

public sealed record EraseApplication(Guid ApplicationId, Caller Caller) : ICommand;

internal sealed class EraseApplicationHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<EraseApplication>
{
    private const int Attempts = 3;

    public async ValueTask<Unit> Handle(EraseApplication command, CancellationToken cancellationToken)
    {
        var application = await db.FindForAsync(command.ApplicationId, command.Caller, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (!await db.StageAsync(application, clock.GetUtcNow(), cancellationToken))
            {
                // Already erased (a repeated request): done, and no second event.
                return Unit.Value;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Unit.Value;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone else wrote the application meanwhile — most often a parallel erasure, which
                // did what was asked. Start again from the stored row: erased means done.
                db.ChangeTracker.Clear();
                application = await db.Applications.FirstAsync(a => a.Id == command.ApplicationId, cancellationToken);
            }
        }
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
                "(secteur, territoire) restent pour les statistiques. Le lien privé cesse de fonctionner. Irréversible. " +
                "Répéter la demande ne change rien : 204 tant que la clé de coordination la voit, 404 pour le lien privé qui ne fonctionne plus.")
            .ProducesClientErrors(401, 403, 404);
}
