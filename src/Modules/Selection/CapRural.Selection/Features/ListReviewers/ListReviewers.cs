using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.ListReviewers;

public sealed record ListReviewers(Guid CallId, PageRequest Paging) : IQuery<PagedResult<ReviewerProgress>>, IPagedQuery;

/// <summary>
/// One reviewer of the call: assigned now, or whose reviews still count after being taken off it. Progress
/// counts the call's current candidates only; a key that is gone or revoked shows <c>active: false</c>.
/// </summary>
public sealed record ReviewerProgress(
    Guid ApiKeyId,
    string? Name,
    bool Active,
    bool Assigned,
    DateTimeOffset? AssignedAt,
    int Reviewed,
    int Recused,
    int ToReview,
    DateTimeOffset? LastReviewAt);

internal sealed class ListReviewersValidator : PagedQueryValidator<ListReviewers>;

internal sealed class ListReviewersHandler(SelectionDbContext db, IMediator mediator) : IQueryHandler<ListReviewers, PagedResult<ReviewerProgress>>
{
    public async ValueTask<PagedResult<ReviewerProgress>> Handle(ListReviewers query, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(query.CallId, cancellationToken);
        var assignments = await db.ReviewerAssignments.AsNoTracking().Where(a => a.CallId == call.Id).ToListAsync(cancellationToken);
        var active = await db.Candidates.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var current = active.ToHashSet();
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken))
            .Where(r => current.Contains(r.CandidateId))
            .ToLookup(r => r.ReviewerKeyId);
        var keyIds = assignments.Select(a => a.ApiKeyId).Union(reviews.Select(g => g.Key)).ToList();
        var keys = (await mediator.Send(new DescribeApiKeys(keyIds), cancellationToken)).ToDictionary(k => k.Id);

        var items = keyIds.Select(id =>
            {
                var assignment = assignments.FirstOrDefault(a => a.ApiKeyId == id);
                var mine = reviews[id].ToList();
                var recused = mine.Count(r => r.Recused);
                var key = keys.GetValueOrDefault(id);
                return new ReviewerProgress(
                    id,
                    key?.Name,
                    key?.Active ?? false,
                    assignment is not null,
                    assignment?.AssignedAt,
                    mine.Count - recused,
                    recused,
                    assignment is null ? 0 : current.Count - mine.Count,
                    mine.Count == 0 ? null : mine.Max(r => r.UpdatedAt));
            })
            .OrderByDescending(r => r.Assigned)
            .ThenBy(r => r.Name ?? "", StringComparer.CurrentCulture)
            .ThenBy(r => r.ApiKeyId)
            .ToList();
        return new PagedResult<ReviewerProgress>([.. items.Skip(query.Paging.Skip).Take(query.Paging.PageSize)], query.Paging.Page, query.Paging.PageSize, items.Count);
    }
}

internal static class ListReviewersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/reviewers", async (Guid callId, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(new ListReviewers(callId, new PageRequest(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Les évaluateurs d'un appel et leur avancement")
            .WithDescription("Chaque clé affectée à l'appel (et celles retirées dont les évaluations comptent encore) avec son nom, si elle est active, " +
                "le nombre de candidatures évaluées, récusées et restant à évaluer parmi les candidatures actuelles, et la date de sa dernière évaluation. " +
                "Affectés d'abord, puis par nom.")
            .ProducesClientErrors(401, 403, 404, 422);
}
