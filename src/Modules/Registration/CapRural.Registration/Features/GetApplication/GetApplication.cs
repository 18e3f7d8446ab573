using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.GetApplication;

public sealed record GetApplication(Guid ApplicationId, Caller Caller) : IQuery<ApplicationView>;

internal sealed class GetApplicationHandler(RegistrationDbContext db, TimeProvider clock) : IQueryHandler<GetApplication, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(GetApplication query, CancellationToken cancellationToken)
    {
        var application = await db.FindForAsync(query.ApplicationId, query.Caller, cancellationToken);
        var call = await db.FindCallToReadAsync(application.CallId, cancellationToken);
        return ApplicationView.From(application, call.IsOpen(clock.GetUtcNow()));
    }
}

internal static class GetApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{applicationId:guid}", async (Guid applicationId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApplication(applicationId, Caller.From(http.User)), ct)))
            .RequireAuthorization(Policies.ApplicantOrCoordinator)
            .WithSummary("Relire une candidature")
            .WithDescription("Avec le jeton privé de la candidature (`X-Application-Token`) ou une clé de coordination. " +
                "`canBeCorrected` indique si l'appel est encore ouvert.")
            .ProducesClientErrors(401, 403, 404);
}
