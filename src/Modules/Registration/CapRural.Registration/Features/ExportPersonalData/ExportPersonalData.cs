using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.ExportPersonalData;

/// <summary>"Export my data": everything every module holds about one application, each module answering for itself.</summary>
public sealed record ExportPersonalData(Guid ApplicationId, Caller Caller) : IQuery<PersonalDataExport>;

internal sealed class ExportPersonalDataHandler(RegistrationDbContext db, IPublisher publisher, TimeProvider clock)
    : IQueryHandler<ExportPersonalData, PersonalDataExport>
{
    public async ValueTask<PersonalDataExport> Handle(ExportPersonalData query, CancellationToken cancellationToken)
    {
        // The same access as reading the application: its private token, or the coordinator.
        var application = await db.FindForAsync(query.ApplicationId, query.Caller, cancellationToken);
        return await PersonalDataExport.CollectAsync(publisher, application.Id, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class ExportPersonalDataEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{applicationId:guid}/personal-data", async (Guid applicationId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var export = await mediator.Send(new ExportPersonalData(applicationId, Caller.From(http.User)), ct);
                // Personal data: no shared or browser cache keeps a copy.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(export);
            })
            .RequireAuthorization(Policies.ApplicantOrCoordinator)
            .WithSummary("Exporter toutes ses données personnelles (RGPD)")
            .WithDescription("Avec le jeton privé de la candidature (`X-Application-Token`) ou une clé de coordination. " +
                "Chaque module ajoute ce qu'il détient sur la personne, lu dans ses propres tables : `sections.registration` " +
                "(candidature, consentements, résultat de la sélection, date d'effacement automatique prévue), puis `selection`, " +
                "`meetings` et `knowledge` quand ils détiennent quelque chose. Réponse non mise en cache (`Cache-Control: no-store`).")
            .Produces<PersonalDataExport>()
            .ProducesClientErrors(401, 403, 404);
}
