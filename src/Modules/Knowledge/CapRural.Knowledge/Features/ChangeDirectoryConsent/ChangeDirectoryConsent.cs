using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Consumers;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.ChangeDirectoryConsent;

public sealed record DirectoryConsentBody(bool? Consent);

/// <summary>The member's own choice about the directory, made at any time with their member token (not a correction of their application).</summary>
public sealed record ChangeDirectoryConsent(Caller Caller, bool? Consent) : ICommand<DirectoryConsentView>;

/// <summary><c>consent</c>: the member's choice; <c>listed</c>: whether the public directory shows them now.</summary>
public sealed record DirectoryConsentView(bool Consent, bool Listed);

internal sealed class ChangeDirectoryConsentValidator : AbstractValidator<ChangeDirectoryConsent>
{
    public ChangeDirectoryConsentValidator() =>
        RuleFor(c => c.Consent).NotNull()
            .WithMessage(_ => Localized.Pick(
                "Indiquez `consent` : true pour figurer dans l'annuaire, false pour en sortir.",
                "Give `consent`: true to appear in the directory, false to leave it."));
}

internal sealed class ChangeDirectoryConsentHandler(KnowledgeDbContext db, TimeProvider clock)
    : ICommandHandler<ChangeDirectoryConsent, DirectoryConsentView>
{
    public async ValueTask<DirectoryConsentView> Handle(ChangeDirectoryConsent command, CancellationToken cancellationToken)
    {
        var token = await db.FindMemberTokenAsync(command.Caller, cancellationToken);
        var now = clock.GetUtcNow();
        // The confirmation may not have reached Knowledge yet: the choice is kept and applies when it does.
        var member = await db.MemberAsync(token.ApplicationId, now, cancellationToken);
        member.ChooseDirectory(command.Consent!.Value, now);
        await db.SaveChangesAsync(cancellationToken);
        return new DirectoryConsentView(member.ConsentsToDirectory, member.ListedInDirectory);
    }
}

internal static class ChangeDirectoryConsentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/directory-consent", async (DirectoryConsentBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeDirectoryConsent(Caller.From(http.User), body.Consent), ct)))
            .RequireAuthorization(Policies.Member)
            .WithSummary("Choisir de figurer ou non dans l'annuaire « qui fait quoi »")
            .WithDescription("Le membre, avec son jeton privé (en-tête X-Member-Token), donne ou retire à tout moment son consentement " +
                "à l'annuaire public : `{ \"consent\": false }` l'en retire aussitôt, `{ \"consent\": true }` l'y fait figurer. " +
                "Fonctionne aussi après la clôture de l'appel. Ce choix prime sur celui de la candidature, sauf si la candidature est " +
                "corrigée ensuite sur ce point. Réponse : `consent` (le choix) et `listed` (visible dans l'annuaire maintenant). " +
                "Jeton inconnu ou d'un membre parti : 401.")
            .WithBodySizeLimit(1_024)
            .Produces<DirectoryConsentView>()
            .ProducesClientErrors(400, 401, 403, 413, 422);
}
