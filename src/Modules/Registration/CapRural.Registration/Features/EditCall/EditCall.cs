using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.EditCall;

public sealed record EditCall(
    string? Title,
    string? WorkingGroupName,
    string? Description,
    DateTimeOffset? OpensAt,
    DateTimeOffset? ClosesAt,
    DateOnly? FirstMeetingOn,
    int? TargetGroupSize,
    int? MeetingsPerYear,
    IReadOnlyList<string>? Themes) : ICommand<CallView>, ICallFields
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

internal sealed class EditCallValidator : CallFieldsValidator<EditCall>;

internal sealed class EditCallHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<EditCall, CallView>
{
    public async ValueTask<CallView> Handle(EditCall command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (call.Edit(command.ToDetails(), now) is { } updated)
        {
            db.Publish(updated);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CallView.From(call, now);
    }
}

internal static class EditCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/calls/{callId:guid}", async (Guid callId, EditCall command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CallId = callId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Modifier un appel")
            .WithDescription("Tous les champs sont renvoyés. Un appel publié reste modifiable (par exemple pour repousser la clôture) ; un appel clos ne l'est plus.")
            .WithRequestExample(CallExamples.MaillerLesIngenieries)
            .ProducesClientErrors(400, 401, 403, 404, 409, 422);
}
