using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.GetCall;

public sealed record GetCall(Guid CallId, bool IncludeDrafts) : IQuery<CallView>;

internal sealed class GetCallHandler(RegistrationDbContext db, TimeProvider clock) : IQueryHandler<GetCall, CallView>
{
    public async ValueTask<CallView> Handle(GetCall query, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CallId, cancellationToken);
        if (call is null || (call.Status == CallStatus.Draft && !query.IncludeDrafts))
        {
            throw new NotFoundException(Localized.Pick("Appel introuvable.", "Call not found."));
        }

        return CallView.From(call, clock.GetUtcNow());
    }
}

internal static class GetCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}", async (Guid callId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCall(callId, http.User.IsCoordinator()), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Un appel")
            .ProducesClientErrors(404);
}
