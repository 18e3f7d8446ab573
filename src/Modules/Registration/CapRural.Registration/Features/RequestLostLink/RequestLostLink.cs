using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.RequestLostLink;

/// <summary>"J'ai perdu mon lien": a fresh private link for every current application of this address.</summary>
public sealed record RequestLostLink(string? Email) : ICommand;

internal sealed class RequestLostLinkValidator : AbstractValidator<RequestLostLink>
{
    public RequestLostLinkValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(ApplicationRules.EmailMax).EmailAddress();
}

/// <summary>
/// Only records the request: the same write whether the address is known or not, so neither the answer
/// nor its timing tells who applied. <see cref="SendLostLinks"/> does the lookup after the answer.
/// </summary>
internal sealed class RequestLostLinkHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<RequestLostLink>
{
    public async ValueTask<Unit> Handle(RequestLostLink command, CancellationToken cancellationToken)
    {
        var request = LostLinkRequest.Receive(command.Email!, clock.GetUtcNow());
        db.LostLinkRequests.Add(request);
        db.Publish(new LostLinkRequested(request.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The same answer whether the address is known or not.</summary>
public sealed record LostLinkAnswer(string Message);

internal static class RequestLostLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/applications/lost-link", async (RequestLostLink command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.Accepted((string?)null, new LostLinkAnswer(Localized.Pick(
                    "Si une candidature en cours existe pour cette adresse, un nouveau lien y sera envoyé dans quelques minutes.",
                    "If a current application exists for this address, a new link will be sent to it within minutes.")));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithBodySizeLimit(4 * 1024)
            .WithSummary("Recevoir à nouveau son lien de candidature")
            .WithDescription("Envoie, quelques instants après la réponse, un nouveau lien privé pour chaque candidature en cours de cette adresse ; " +
                "les liens déjà reçus restent valables. La réponse est identique, et aussi rapide, que l'adresse soit connue ou non.")
            .WithRequestExample(new { email = "camille.martin@example.org" })
            .ProducesClientErrors(400, 422, 429);
}
