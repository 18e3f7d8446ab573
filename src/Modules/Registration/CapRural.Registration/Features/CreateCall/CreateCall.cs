using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.CreateCall;

public sealed record CreateCall(
    string? Title,
    string? WorkingGroupName,
    string? Description,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    DateOnly? FirstMeetingOn,
    int? TargetGroupSize,
    int? MeetingsPerYear,
    IReadOnlyList<string>? Themes) : ICommand<CallView>, ICallFields;

internal sealed class CreateCallValidator : CallFieldsValidator<CreateCall>;

internal sealed class CreateCallHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<CreateCall, CallView>
{
    public async ValueTask<CallView> Handle(CreateCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var call = Call.Create(command.ToDetails(), now);
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return CallView.From(call, now);
    }
}

internal static class CreateCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls", async (CreateCall command, IMediator mediator, CancellationToken ct) =>
            {
                var call = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/calls/{call.CallId}", call);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Créer un appel à manifestation d'intérêt (brouillon)")
            .WithDescription("L'appel reste un brouillon invisible du public jusqu'à sa publication (POST /api/calls/{callId}/publish).")
            .WithRequestExample(CallExamples.MaillerLesIngenieries)
            .ProducesClientErrors(400, 401, 403, 422);
}
