using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.CloseCall;

public sealed record CloseCall(Guid CallId) : ICommand<CallView>;

internal sealed class CloseCallHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<CloseCall, CallView>
{
    public async ValueTask<CallView> Handle(CloseCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        db.Publish(call.CloseEarly(now));
        await db.SaveStatusChangeAsync(cancellationToken);
        return CallView.From(call, now);
    }
}

internal static class CloseCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/close", async (Guid callId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseCall(callId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Clore un appel avant sa date de clôture")
            .ProducesClientErrors(401, 403, 404, 409);
}
