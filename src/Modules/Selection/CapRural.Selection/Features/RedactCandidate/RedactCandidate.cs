using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.RedactCandidate;

/// <summary>The phrases to mask for reviewers in this candidate's texts; they replace the previous list.</summary>
public sealed record RedactCandidate(IReadOnlyList<string?>? Phrases) : ICommand<Redactions>
{
    public const int MaxPhrases = 20;
    public const int PhraseMax = 200;

    [JsonIgnore]
    public Guid CallId { get; init; }

    [JsonIgnore]
    public Guid CandidateId { get; init; }
}

public sealed record Redactions(IReadOnlyList<string> Phrases);

internal sealed class RedactCandidateValidator : AbstractValidator<RedactCandidate>
{
    public RedactCandidateValidator()
    {
        RuleFor(r => r.Phrases).NotNull()
            .WithMessage(_ => Localized.Pick("Donnez la liste des passages à masquer (vide pour tout rétablir).", "Give the list of phrases to mask (empty to restore everything)."))
            .Must(p => p is null || p.Count <= RedactCandidate.MaxPhrases)
            .WithMessage(_ => Localized.Pick($"Au plus {RedactCandidate.MaxPhrases} passages.", $"At most {RedactCandidate.MaxPhrases} phrases."));
        RuleForEach(r => r.Phrases).Must(p => p is { Length: >= 2 and <= RedactCandidate.PhraseMax } && !string.IsNullOrWhiteSpace(p))
            .WithMessage(_ => Localized.Pick($"Chaque passage a de 2 à {RedactCandidate.PhraseMax} caractères.", $"Each phrase has 2 to {RedactCandidate.PhraseMax} characters."));
    }
}

internal sealed class RedactCandidateHandler(SelectionDbContext db) : ICommandHandler<RedactCandidate, Redactions>
{
    public async ValueTask<Redactions> Handle(RedactCandidate command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        var candidate = await db.FindCandidateAsync(call.Id, command.CandidateId, cancellationToken);
        // A reviewer who already read the text would see the mask appear: redaction is for before reviews start.
        if (await db.Reviews.AnyAsync(r => r.CandidateId == candidate.Id, cancellationToken))
        {
            throw Started();
        }

        candidate.Redact(command.Phrases!.Select(p => p!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase));
        await db.SaveOrConflictAsync(() => Started(), cancellationToken);
        return new Redactions(candidate.Redactions);
    }

    private static ConflictException Started() => new(Localized.Pick(
        "Cette candidature a déjà été évaluée (ou vient de changer) : le masquage se fait avant la première évaluation.",
        "This candidate was already reviewed (or just changed): redaction happens before the first review."));
}

internal static class RedactCandidateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/calls/{callId:guid}/candidates/{candidateId:guid}/redactions", async (Guid callId, Guid candidateId, RedactCandidate command,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CallId = callId, CandidateId = candidateId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(8 * 1024)
            .WithSummary("Masquer des passages pour les évaluateurs")
            .WithDescription("En évaluation à l'aveugle, les évaluateurs ne voient jamais le nom, l'e-mail, le téléphone ni l'organisation de la personne " +
                "dans ses textes (motivation, attentes, fonction, sujets), ni l'EPCI ou la commune quand c'est son employeur. " +
                $"Ces passages-ci ({RedactCandidate.MaxPhrases} au plus) sont masqués en plus, sans tenir compte de la casse ni des accents ; la liste remplace la précédente. " +
                "Possible tant que personne n'a évalué la candidature (sinon 409).")
            .WithRequestExample(new { phrases = new[] { "ma collègue du CIAS", "le projet Bouge ton bourg" } })
            .Produces<Redactions>()
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
