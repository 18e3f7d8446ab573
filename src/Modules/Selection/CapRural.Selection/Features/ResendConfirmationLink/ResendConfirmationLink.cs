using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Emails;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Selection.Features.ResendConfirmationLink;

/// <summary>"J'ai perdu le lien pour confirmer ma place": a fresh link to every place this address holds.</summary>
public sealed record ResendConfirmationLink(string? Email) : ICommand;

internal sealed class ResendConfirmationLinkValidator : AbstractValidator<ResendConfirmationLink>
{
    public const int EmailMax = 254;

    public ResendConfirmationLinkValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(EmailMax).EmailAddress();
}

/// <summary>
/// The answer never says whether the address holds a place: the same query runs for every address, and the
/// e-mail, if any, is only queued in the outbox and sent after the answer.
/// </summary>
internal sealed class ResendConfirmationLinkHandler(SelectionDbContext db, IOptions<PlatformOptions> platform) : ICommandHandler<ResendConfirmationLink>
{
    public async ValueTask<Unit> Handle(ResendConfirmationLink command, CancellationToken cancellationToken)
    {
        var email = command.Email!.Trim();
        // Addresses compare ignoring case, as Registration does; the few people offered a place are read, whoever asks.
        var offered = await db.Candidates
            .Where(c => c.Email != null && c.Status == CandidateStatus.Active && c.PublishedDecision == Decision.Accepted)
            .ToListAsync(cancellationToken);
        foreach (var candidate in offered.Where(c => c.HoldsPlace && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            var call = await db.FindCallAsync(candidate.CallId, cancellationToken);
            var token = SecretToken.New();
            candidate.ReissueConfirmationToken(SecretToken.Hash(token));
            db.QueueEmail(candidate.ApplicationId, SelectionEmails.NewConfirmationLink(candidate, call, platform.Value.PrivateLink("selection/confirmation", token)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The person answered, or asked twice, at this very moment: the other request's link stands.
        }

        return Unit.Value;
    }
}

/// <summary>The same answer whether the address holds a place or not.</summary>
public sealed record ConfirmationLinkAnswer(string Message);

internal static class ResendConfirmationLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/selection/confirmation-link", async (ResendConfirmationLink command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.Accepted((string?)null, new ConfirmationLinkAnswer(Localized.Pick(
                    "Si une place dans un groupe de travail est proposée à cette adresse, un nouveau lien de confirmation y sera envoyé dans quelques minutes.",
                    "If a place in a working group is offered to this address, a new confirmation link will be sent to it within minutes.")));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithBodySizeLimit(4 * 1024)
            .WithSummary("Recevoir à nouveau son lien de confirmation de place")
            .WithDescription("Pour une personne retenue qui a perdu l'e-mail : un nouveau lien privé pour confirmer ou refuser sa place, " +
                "avec la date limite de réponse (inchangée) ; l'ancien lien cesse de fonctionner. La réponse est la même que l'adresse soit connue ou non.")
            .WithRequestExample(new { email = "camille.martin@example.org" })
            .ProducesClientErrors(400, 422, 429);
}
