using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.GetCandidate;

public sealed record GetCandidate(Guid CallId, Guid CandidateId, Caller Caller) : IQuery<VersionedCandidate>;

/// <summary>A candidate and the version a decision must name in If-Match.</summary>
public sealed record VersionedCandidate(CandidateItem Candidate, string ETag);

internal sealed class GetCandidateHandler(SelectionDbContext db, IMediator mediator) : IQueryHandler<GetCandidate, VersionedCandidate>
{
    public async ValueTask<VersionedCandidate> Handle(GetCandidate query, CancellationToken cancellationToken)
    {
        var call = await db.FindCallToReviewAsync(query.CallId, query.Caller, cancellationToken);
        var candidate = await db.FindCandidateAsync(call.Id, query.CandidateId, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CandidateId == candidate.Id).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var item = CandidateViews.Item(candidate, call, reviews, query.Caller);
        if (query.Caller.IsCoordinator)
        {
            // Reviewers never learn who else reviewed; the coordinator reads every comment with its author.
            var names = (await mediator.Send(new DescribeApiKeys([.. reviews.Select(r => r.ReviewerKeyId)]), cancellationToken))
                .ToDictionary(k => k.Id, k => k.Name);
            item = item with
            {
                Reviews = [.. reviews.Select(r => new ReviewLine(
                    r.ReviewerKeyId, names.GetValueOrDefault(r.ReviewerKeyId), r.Scores, r.Recused ? null : Math.Round(r.Average, 2),
                    r.Comment, r.Recused, r.UpdatedAt))],
            };
        }

        return new VersionedCandidate(item, CandidateViews.ETag(candidate));
    }
}

internal static class GetCandidateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/candidates/{candidateId:guid}", async (Guid callId, Guid candidateId, HttpContext http,
                IMediator mediator, CancellationToken ct) =>
            {
                var found = await mediator.Send(new GetCandidate(callId, candidateId, Caller.From(http.User)), ct);
                http.Response.Headers.ETag = found.ETag;
                return TypedResults.Ok(found.Candidate);
            })
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Une candidature à évaluer")
            .WithDescription("Mêmes champs que le tableau ; pour la coordination, `reviews` donne aussi chaque évaluation avec son auteur " +
                "(clé et nom), ses notes et son commentaire. L'en-tête `ETag` est la version à renvoyer dans `If-Match` pour décider.")
            .ProducesClientErrors(401, 403, 404);
}
