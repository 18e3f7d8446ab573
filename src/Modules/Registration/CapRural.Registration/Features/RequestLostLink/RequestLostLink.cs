using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Emails;
using CapRural.Registration.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.RequestLostLink;

/// <summary>"J'ai perdu mon lien": new private links for every current application of this address.</summary>
public sealed record RequestLostLink(string? Email) : ICommand;

internal sealed class RequestLostLinkValidator : AbstractValidator<RequestLostLink>
{
    public RequestLostLinkValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(ApplicationRules.EmailMax).EmailAddress();
}

internal sealed class RequestLostLinkHandler(RegistrationDbContext db, IOptions<PlatformOptions> platform) : ICommandHandler<RequestLostLink>
{
    public async ValueTask<Unit> Handle(RequestLostLink command, CancellationToken cancellationToken)
    {
        var emailKey = Application.EmailKeyOf(command.Email!);
        var applications = await db.Applications
            .Where(a => a.EmailKey == emailKey && a.Status == ApplicationStatus.Submitted)
            .ToListAsync(cancellationToken);
        if (applications.Count == 0)
        {
            // Same answer either way: nobody can learn who applied by asking.
            return Unit.Value;
        }

        var callIds = applications.Select(a => a.CallId).ToList();
        var calls = await db.Calls.Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var links = new List<(Call, string)>();
        foreach (var application in applications)
        {
            var token = SecretToken.New();
            application.ReplaceEditToken(SecretToken.Hash(token));
            links.Add((calls[application.CallId], platform.Value.EditLink(application.Id, token)));
        }

        db.QueueEmail(RegistrationEmails.NewLinks(applications[0].Email!, links));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The same answer whether the address is known or not.</summary>
public sealed record LostLinkRequested(string Message);

internal static class RequestLostLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/applications/lost-link", async (RequestLostLink command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.Accepted((string?)null, new LostLinkRequested(
                    "Si une candidature en cours existe pour cette adresse, un nouveau lien vient d'y être envoyé."));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithBodySizeLimit(4 * 1024)
            .WithSummary("Recevoir à nouveau son lien de candidature")
            .WithDescription("Envoie un nouveau lien privé pour chaque candidature en cours de cette adresse ; les anciens liens cessent de fonctionner. " +
                "La réponse est identique que l'adresse soit connue ou non.")
            .WithRequestExample(new { email = "camille.martin@example.org" })
            .ProducesClientErrors(400, 422, 429);
}
