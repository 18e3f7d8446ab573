using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.SubmitReview;

public sealed record SubmitReview(IReadOnlyDictionary<string, int?>? Scores, string? Comment, bool Recuse = false) : ICommand<ReviewSaved>
{
    [JsonIgnore]
    public Guid CallId { get; init; }

    [JsonIgnore]
    public Guid CandidateId { get; init; }

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

public sealed record ReviewSaved(Guid ReviewId, bool Created, CandidateItem Candidate);

internal sealed class SubmitReviewValidator : AbstractValidator<SubmitReview>
{
    public SubmitReviewValidator()
    {
        RuleFor(r => r.Comment).MaximumLength(Review.CommentMax)
            .WithMessage(_ => Localized.Pick($"Le commentaire dépasse {Review.CommentMax} caractères.", $"The comment exceeds {Review.CommentMax} characters."));
        When(r => !r.Recuse, () =>
        {
            RuleFor(r => r.Scores).NotEmpty().WithMessage(_ => Localized.Pick("Donnez une note de 0 à 5 pour chaque critère.", "Give a score from 0 to 5 for each criterion."));
        });
    }
}

internal sealed class SubmitReviewHandler(SelectionDbContext db, TimeProvider clock) : ICommandHandler<SubmitReview, ReviewSaved>
{
    public async ValueTask<ReviewSaved> Handle(SubmitReview command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallToReviewAsync(command.CallId, command.Caller, cancellationToken);
        var candidate = await db.FindCandidateAsync(call.Id, command.CandidateId, cancellationToken);
        if (!ReviewRules.CanChange(call))
        {
            throw new ConflictException(Localized.Pick(
                "Les résultats de cet appel sont publiés : les évaluations ne peuvent plus changer.",
                "The results of this call are published: reviews can no longer change."));
        }

        var now = clock.GetUtcNow();
        var reviewerId = command.Caller.ApiKeyId!.Value;
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.CandidateId == candidate.Id && r.ReviewerKeyId == reviewerId, cancellationToken);
        var created = review is null;
        if (review is null)
        {
            review = Review.Start(call.Id, candidate.Id, reviewerId, now);
            db.Reviews.Add(review);
        }

        if (command.Recuse)
        {
            review.Recuse(now);
        }
        else
        {
            review.Score(CheckedScores(command.Scores!, call), command.Comment, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException(Localized.Pick(
                "Une évaluation de cette clé pour cette candidature vient d'être enregistrée ; rechargez puis modifiez-la.",
                "A review by this key for this candidate was just saved; reload and edit it."));
        }

        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        return new ReviewSaved(review.Id, created, CandidateViews.Item(candidate, call, reviews, command.Caller));
    }

    /// <summary>Exactly the call's criteria: a missing one or an unknown one is a mistake the reviewer must see.</summary>
    private static Dictionary<string, int> CheckedScores(IReadOnlyDictionary<string, int?> scores, SelectionCall call)
    {
        var problems = ReviewRules.Check(scores, call.CriterionKeys);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => new FluentValidation.Results.ValidationFailure(p.Field, p.Message)));
        }

        return scores.ToDictionary(s => s.Key, s => s.Value!.Value);
    }
}

internal static class SubmitReviewEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/candidates/{candidateId:guid}/reviews", async (Guid callId, Guid candidateId, SubmitReview command,
                HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var caller = Caller.From(http.User);
                var saved = await mediator.Send(command with { CallId = callId, CandidateId = candidateId, Caller = caller }, ct);
                return saved.Created
                    ? Results.Created($"/api/calls/{callId}/candidates/{candidateId}", saved)
                    : Results.Ok(saved);
            })
            .RequireAuthorization(Policies.Reviewer)
            .WithBodySizeLimit(16 * 1024)
            .WithSummary("Évaluer une candidature")
            .WithDescription("Une note entière de 0 à 5 pour chaque critère de l'appel (voir `criteria` sur le tableau) et un commentaire. " +
                "Une évaluation par clé et par candidature : la renvoyer la modifie (200), la première fois 201. " +
                "`recuse: true` pour se récuser (même organisation, lien personnel) : aucune note, et les notes des autres restent cachées. " +
                "Plus de modification après la publication des résultats (409).")
            .WithRequestExample(new
            {
                scores = new { motivation = 4, experience = 3, contribution = 5, territorialAnchoring = 4 },
                comment = "Expérience solide de l'accompagnement en milieu rural.",
            })
            .Produces<ReviewSaved>(StatusCodes.Status201Created)
            .Produces<ReviewSaved>()
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
