using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.DeleteCall;

/// <summary>
/// Removes a draft created by mistake (a Swagger UI example run as it stands, a duplicate). A draft
/// was never public, took no application and raised no event, so nothing elsewhere refers to it; a
/// published call has applicants and other modules' copies, and can only be closed.
/// </summary>
public sealed record DeleteCall(Guid CallId) : ICommand;

internal sealed class DeleteCallHandler(RegistrationDbContext db) : ICommandHandler<DeleteCall>
{
    public async ValueTask<Unit> Handle(DeleteCall command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (call.Status != CallStatus.Draft)
        {
            throw new ConflictException(Localized.Pick(
                "Seul un brouillon peut être supprimé : cet appel a été publié, il peut seulement être clos (POST /api/calls/{callId}/close).",
                "Only a draft can be deleted: this call was published, it can only be closed (POST /api/calls/{callId}/close)."));
        }

        db.Calls.Remove(call);
        await db.SaveStatusChangeAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class DeleteCallEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/calls/{callId:guid}", async (Guid callId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteCall(callId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Supprimer un appel brouillon")
            .WithDescription("Pour un brouillon créé par erreur. Un appel publié ne se supprime pas (409) : il se clôt.")
            .ProducesClientErrors(401, 403, 404, 409);
}
