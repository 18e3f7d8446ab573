using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.GetBoard;

public sealed record BoardFilter(Sector? Sector, string? Department, Decision? Decision, bool? Undecided, OrganisationType? OrganisationType = null);

public sealed record GetBoard(Guid CallId, BoardFilter Filter, PageRequest Paging, Caller Caller) : IQuery<CandidateBoard>, IPagedQuery;

/// <summary>The live balance of the accepted set, so the coordinator sees the group forming.</summary>
public sealed record Balance(
    int Accepted,
    IReadOnlyDictionary<string, int> BySector,
    IReadOnlyDictionary<string, int> ByDepartment,
    IReadOnlyDictionary<string, int> ByOrganisationType);

/// <summary>For the coordinator: each reviewer's severity and each reviewed candidate's calibrated score (0–5), by candidate id.</summary>
public sealed record BoardCalibration(IReadOnlyList<ReviewerSeverity> Reviewers, IReadOnlyDictionary<Guid, double> Scores);

public sealed record CandidateBoard(
    IReadOnlyList<CandidateItem> Items,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<ReviewCriterion> Criteria,
    bool BlindReview,
    int TargetGroupSize,
    DateTimeOffset? PublishedAt,
    Balance Balance,
    IReadOnlyList<OrganisationGroupView>? Organisations,
    BoardCalibration? Calibration);

internal sealed class GetBoardValidator : PagedQueryValidator<GetBoard>
{
    public GetBoardValidator() => RuleFor(q => q.Filter.Department).MaximumLength(3).OverridePropertyName("department");
}

internal sealed class GetBoardHandler(SelectionDbContext db) : IQueryHandler<GetBoard, CandidateBoard>
{
    public async ValueTask<CandidateBoard> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        var call = await db.FindCallToReviewAsync(query.CallId, query.Caller, cancellationToken);
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active)
            .ToListAsync(cancellationToken);
        var callReviews = await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken);
        var reviews = callReviews.ToLookup(r => r.CandidateId);

        var accepted = candidates.Where(c => c.Decision == Decision.Accepted).ToList();
        var balance = new Balance(
            accepted.Count,
            Count(accepted, c => Serialization(c.Sector)),
            Count(accepted, c => c.DepartmentCode),
            Count(accepted, c => Serialization(c.OrganisationType)));

        var filter = query.Filter;
        var department = filter.Department?.Trim().ToUpperInvariant();
        var items = candidates
            .Where(c => filter.Sector is null || c.Sector == filter.Sector)
            .Where(c => string.IsNullOrEmpty(department) || c.DepartmentCode == department)
            .Where(c => filter.Decision is null || c.Decision == filter.Decision)
            .Where(c => filter.Undecided is not true || c.Decision is null)
            .Where(c => filter.OrganisationType is null || c.OrganisationType == filter.OrganisationType)
            .Select(c => CandidateViews.Item(c, call, [.. reviews[c.Id]], query.Caller))
            .OrderByDescending(i => i.AverageScore ?? -1)
            .ThenByDescending(i => i.ReviewCount)
            .ThenBy(i => i.SubmittedAt)
            .ToList();

        return new CandidateBoard(
            [.. items.Skip(query.Paging.Skip).Take(query.Paging.PageSize)],
            query.Paging.Page, query.Paging.PageSize, items.Count,
            call.Criteria, call.BlindReview, call.TargetGroupSize, call.PublishedAt, balance,
            query.Caller.IsCoordinator ? Organisations.Groups(candidates) : null,
            query.Caller.IsCoordinator ? CalibrationOf(callReviews) : null);
    }

    private static BoardCalibration CalibrationOf(IEnumerable<Review> reviews)
    {
        var scores = Calibration.Scores(reviews);
        return new BoardCalibration(Calibration.Severities(scores), Calibration.CalibratedScores(scores));
    }

    private static Dictionary<string, int> Count(List<Candidate> candidates, Func<Candidate, string> key) =>
        candidates.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    private static string Serialization<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

internal static class GetBoardEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/candidates", async (Guid callId, string? sector, string? department, string? decision, bool? undecided,
                string? organisationType, HttpContext http, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(new GetBoard(
                    callId,
                    new BoardFilter(QueryValues.Enum<Sector>(sector, "sector"), department, QueryValues.Enum<Decision>(decision, "decision"), undecided,
                        QueryValues.Enum<OrganisationType>(organisationType, "organisationType")),
                    new PageRequest(page, pageSize),
                    Caller.From(http.User)), ct)))
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Tableau des candidatures à évaluer")
            .WithDescription("Candidat·e·s actifs avec score moyen, scores par critère et nombre d'évaluations, du meilleur score au moins bon ; " +
                "Pour la coordination, `organisations` donne les groupes que la proposition compte comme une seule organisation (même SIREN, " +
                "sinon agents d'une intercommunalité rattachés à son SIREN, sinon même nom au même département, ou regroupement de la coordination), " +
                "et chaque candidature porte sa clé `organisationKey`. " +
                "Pour la coordination aussi, `calibration` : la sévérité de chaque évaluateur (`meanDifference` et `spread` de sa note moins la moyenne des autres " +
                "sur les `sharedCandidates` candidatures qu'il partage) et le score calibré de chaque candidature (`scores`, 0 à 5 : notes centrées-réduites par évaluateur, " +
                "moyennées, ramenées à la moyenne et à la dispersion du jury). Moins de 3 candidatures partagées ou des notes toutes égales : pas de calibrage, " +
                "ses notes brutes comptent et `note` le dit. " +
                "`criteria` liste les critères de l'appel (`key`, la clé à noter dans `scores`, et `label`) et `balance` l'équilibre du groupe retenu (secteur, département, type de structure). " +
                "Filtres : `sector`, `department`, `decision` (accepted, waitlisted, declined), `undecided=true`, `organisationType`. " +
                "Évaluation à l'aveugle par défaut : les évaluateurs ne voient ni nom ni organisation, et ne voient les scores des autres " +
                "qu'après avoir déposé leur propre évaluation. Un évaluateur ne voit que les appels qui lui sont affectés.")
            .ProducesClientErrors(401, 403, 404, 422);
}
