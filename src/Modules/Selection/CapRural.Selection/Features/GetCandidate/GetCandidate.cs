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

internal sealed class GetCandidateHandler(SelectionDbContext db) : IQueryHandler<GetCandidate, VersionedCandidate>
{
    public async ValueTask<VersionedCandidate> Handle(GetCandidate query, CancellationToken cancellationToken)
    {
        var call = await db.FindCallToReviewAsync(query.CallId, query.Caller, cancellationToken);
        var candidate = await db.FindCandidateAsync(call.Id, query.CandidateId, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        return new VersionedCandidate(CandidateViews.Item(candidate, call, reviews, query.Caller), CandidateViews.ETag(candidate));
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
            .WithDescription("Mêmes champs que le tableau. L'en-tête `ETag` est la version à renvoyer dans `If-Match` pour décider.")
            .ProducesClientErrors(401, 403, 404);
}
