using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.PublishCall;

public sealed record PublishCall(Guid CallId) : ICommand<CallView>;

internal sealed class PublishCallHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<PublishCall, CallView>
{
    public async ValueTask<CallView> Handle(PublishCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        db.Publish(call.Publish(now));
        await db.SaveStatusChangeAsync(cancellationToken);
        return CallView.From(call, now);
    }
}

internal static class PublishCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/publish", async (Guid callId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishCall(callId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Publier un appel")
            .WithDescription("L'appel devient visible sur le site et reçoit les candidatures entre `opensAt` et `closesAt`. Le groupe de travail est créé.")
            .ProducesClientErrors(401, 403, 404, 409);
}
