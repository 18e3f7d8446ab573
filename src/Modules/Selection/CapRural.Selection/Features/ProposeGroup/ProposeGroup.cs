using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Domain.Proposal;
using CapRural.Selection.Features.Record;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.ProposeGroup;

public sealed record ProposeGroup(
    int? GroupSize,
    double? MinSectorShare,
    int? MaxPerDepartment,
    int? MaxPerOrganisation,
    double? MinScore,
    bool Apply = false,
    bool OverrideManualDecisions = false,
    ScoreBasis Scores = ScoreBasis.Raw) : ICommand<ProposalAnswer>
{
    public const int MaxGroupSize = 200;

    [JsonIgnore]
    public Guid CallId { get; init; }
}

public sealed record ProposalLine(Guid CandidateId, string Reason);

/// <summary>A decision the coordinator made by hand that applying the proposal left as it was.</summary>
public sealed record KeptDecision(Guid CandidateId, Decision Decision, Decision Proposed);

public sealed record ProposalAnswer(
    bool Feasible,
    IReadOnlyList<ProposalLine> Accepted,
    IReadOnlyList<ProposalLine> Waitlist,
    IReadOnlyList<ProposalLine> Excluded,
    double TotalScore,
    IReadOnlyList<string> Problems,
    int GroupSize,
    bool Applied,
    bool Optimal,
    IReadOnlyList<KeptDecision> Kept);

internal sealed class ProposeGroupValidator : AbstractValidator<ProposeGroup>
{
    public ProposeGroupValidator()
    {
        RuleFor(p => p.GroupSize).InclusiveBetween(1, ProposeGroup.MaxGroupSize)
            .WithMessage(_ => Localized.Pick($"La taille du groupe doit être comprise entre 1 et {ProposeGroup.MaxGroupSize}.", $"The group size must be between 1 and {ProposeGroup.MaxGroupSize}."));
        RuleFor(p => p.MinSectorShare).InclusiveBetween(0, 0.5)
            .WithMessage(_ => Localized.Pick("La part minimale par secteur va de 0 à 0,5 : au-delà, les deux secteurs ensemble dépasseraient le groupe.", "The minimum share per sector is from 0 to 0.5: beyond that, the two sectors together would exceed the group."));
        RuleFor(p => p.MaxPerDepartment).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Localized.Pick("Le maximum par département doit être au moins 1 (laissez vide pour ne pas limiter).", "The maximum per department must be at least 1 (leave empty for no limit)."));
        RuleFor(p => p.MaxPerOrganisation).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Localized.Pick("Le maximum par organisation doit être au moins 1.", "The maximum per organisation must be at least 1."));
        RuleFor(p => p.MinScore).InclusiveBetween(Review.MinScore, Review.MaxScore)
            .WithMessage(_ => Localized.Pick($"Le score minimum va de {Review.MinScore} à {Review.MaxScore}.", $"The minimum score is from {Review.MinScore} to {Review.MaxScore}."));
    }
}

internal sealed class ProposeGroupHandler(SelectionDbContext db, TimeProvider clock) : ICommandHandler<ProposeGroup, ProposalAnswer>
{
    public async ValueTask<ProposalAnswer> Handle(ProposeGroup command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        var candidates = await db.Candidates
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active && c.Response != OfferResponse.Declined)
            .ToListAsync(cancellationToken);
        var callReviews = await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken);
        var reviews = callReviews.ToLookup(r => r.CandidateId);
        var calibrated = command.Scores == ScoreBasis.Calibrated ? Calibration.CalibratedScores(Calibration.Scores(callReviews)) : [];

        var share = command.MinSectorShare ?? ProposalConstraints.DefaultMinShare;
        var constraints = new ProposalConstraints(
            command.GroupSize ?? call.TargetGroupSize,
            share,
            share,
            command.MaxPerDepartment,
            command.MaxPerOrganisation ?? 1,
            command.MinScore);
        var inputs = candidates.Select(c => ProposalInputs.From(c, reviews[c.Id], calibrated.TryGetValue(c.Id, out var score) ? score : null)).ToList();
        var result = GroupProposer.Propose(inputs, constraints);

        var apply = command.Apply && result.Feasible;
        var kept = new List<KeptDecision>();
        if (apply)
        {
            // The coordinator takes the proposal as the starting decisions; each can still be overridden, and
            // what they decided by hand stays unless they ask the proposal to replace it.
            var byId = candidates.ToDictionary(c => c.Id);
            var now = clock.GetUtcNow();
            var proposed = result.Accepted.Select(l => (l.CandidateId, Decision.Accepted))
                .Concat(result.Waitlist.Select(l => (l.CandidateId, Decision.Waitlisted)))
                .Concat(result.Excluded.Select(l => (l.CandidateId, Decision.Declined)));
            foreach (var (candidateId, decision) in proposed)
            {
                var candidate = byId[candidateId];
                if (candidate.DecidedManually && !command.OverrideManualDecisions && candidate.Decision is { } manual)
                {
                    if (manual != decision)
                    {
                        kept.Add(new KeptDecision(candidateId, manual, decision));
                    }

                    continue;
                }

                candidate.Decide(decision, now, manually: false);
            }

            call.RememberRules(constraints.GroupSize, constraints.MaxPerDepartment, constraints.MaxPerOrganisation, share);
            var snapshot = RecordedInputs.Serialize(RecordedInputs.Snapshot(inputs));
            db.Records.Add(SelectionRecord.Applied(call.Id, now, GroupProposer.SolverVersion,
                RecordedInputs.Serialize(RecordedInputs.Of(constraints, command.Scores)), snapshot, RecordedInputs.Hash(snapshot),
                result.Accepted.Select(l => l.CandidateId), result.Waitlist.Select(l => l.CandidateId), result.TotalScore));
            await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
                "Une décision, une publication ou une offre vient d'être enregistrée pour cet appel ; rien n'a été appliqué. Relancez la proposition.",
                "A decision, publication or offer was just saved for this call; nothing was applied. Run the proposal again.")), cancellationToken);
        }

        return new ProposalAnswer(
            result.Feasible,
            [.. result.Accepted.Select(Line)],
            [.. result.Waitlist.Select(Line)],
            [.. result.Excluded.Select(Line)],
            result.TotalScore,
            result.Problems,
            constraints.GroupSize,
            apply,
            result.Optimal,
            kept);
    }

    private static ProposalLine Line(ProposalChoice choice) => new(choice.CandidateId, choice.Reason);
}

internal static class ProposeGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/selection/proposal", async (Guid callId, ProposeGroup command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CallId = callId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(4 * 1024)
            .WithSummary("Proposer un groupe équilibré")
            .WithDescription("Le groupe qui maximise le score total en respectant toutes les contraintes : taille (`groupSize`, par défaut la cible de l'appel), " +
                "part minimale de chaque secteur (`minSectorShare`, 0,4 par défaut), maximum par département (`maxPerDepartment`), " +
                "maximum par organisation (`maxPerOrganisation`, 1 par défaut), score minimum (`minScore`), scores utilisés (`scores` : `raw`, les moyennes brutes, par défaut, " +
                "ou `calibrated`, les scores calibrés par évaluateur que montre le tableau ; l'enregistrement garde lequel). À score égal : plus d'évaluations, " +
                "puis candidature la plus ancienne. Chaque personne reçoit une raison en clair ; la liste d'attente est ordonnée. " +
                "Si les contraintes ne peuvent être toutes tenues, `feasible` vaut false et `problems` dit lesquelles et pourquoi. " +
                "Chaque proposition appliquée est gardée avec ses règles, les scores utilisés et la version du calcul (`GET /api/calls/{callId}/selection/record`). " +
                "`apply: true` enregistre la proposition comme décisions (retenu·e, liste d'attente, non retenu·e), que la coordination peut ensuite modifier ; " +
                "les décisions prises à la main sont gardées (listées dans `kept` avec ce que la proposition aurait décidé) sauf avec `overrideManualDecisions: true`.")
            .WithRequestExample(new { groupSize = 20, minSectorShare = 0.4, maxPerDepartment = 5, maxPerOrganisation = 1, minScore = (double?)null, apply = false, scores = "raw" })
            .ProducesClientErrors(400, 401, 403, 404, 413, 422);
}
