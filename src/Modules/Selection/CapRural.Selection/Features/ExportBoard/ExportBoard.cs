using System.Globalization;
using CapRural.BuildingBlocks.Export;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.ExportBoard;

/// <summary>The coordinator's board as a CSV file for a French Excel: the jury's working sheet, and what it decided.</summary>
public sealed record ExportBoard(Guid CallId) : IQuery<byte[]>;

internal sealed class ExportBoardHandler(SelectionDbContext db) : IQueryHandler<ExportBoard, byte[]>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async ValueTask<byte[]> Handle(ExportBoard query, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(query.CallId, cancellationToken);
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active)
            .ToListAsync(cancellationToken);
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken)).ToLookup(r => r.CandidateId);
        var rows = candidates
            .Select(c => (Candidate: c, Scores: CandidateScores.Of(reviews[c.Id])))
            .OrderByDescending(r => r.Scores.AverageScore ?? -1)
            .ThenByDescending(r => r.Scores.ReviewCount)
            .ThenBy(r => r.Candidate.SubmittedAt)
            // Equal scores and times still give one order, whatever order the database returned the rows in.
            .ThenBy(r => r.Candidate.LastName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Candidate.FirstName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Candidate.Id)
            .ToList();

        string[] headers =
        [
            "Identifiant", "Nom", "Secteur", "Département", "Organisation", "Organisation comptée comme", "Score moyen", "Évaluations",
            .. call.Criteria.Select(c => c.Label), "Décision", "Décision annoncée", "Réponse",
        ];
        return await ExcelCsv.WriteAsync(headers, rows.Select(r => Row(call, r.Candidate, r.Scores)), cancellationToken);
    }

    private static string[] Row(SelectionCall call, Candidate candidate, CandidateScores scores) =>
    [
        candidate.Id.ToString(), candidate.Name, candidate.Sector == Sector.SocialAction ? "Action sociale" : "Développement local",
        candidate.DepartmentCode, candidate.Organisation, Organisations.Of(candidate).Key, Score(scores.AverageScore), scores.ReviewCount.ToString(French),
        .. call.CriterionKeys.Select(k => Score(scores.ByCriterion.TryGetValue(k, out var s) ? s : null)),
        Label(candidate.Decision), Label(candidate.PublishedDecision), Answer(candidate),
    ];

    private static string Score(double? score) => score?.ToString("0.##", French) ?? "";

    private static string Label(Decision? decision) => decision switch
    {
        Decision.Accepted => "Retenu·e",
        Decision.Waitlisted => "Liste d'attente",
        Decision.Declined => "Non retenu·e",
        _ => "",
    };

    private static string Answer(Candidate candidate) => candidate switch
    {
        { LapsedAt: not null } => "Sans réponse dans le délai",
        { Response: OfferResponse.Confirmed } => "Place confirmée",
        { Response: OfferResponse.Declined } => "Place déclinée",
        _ => "",
    };
}

internal static class ExportBoardEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/candidates.csv", async (Guid callId, IMediator mediator, CancellationToken ct) =>
                TypedResults.File(await mediator.Send(new ExportBoard(callId), ct), "text/csv; charset=utf-8", $"selection-{callId:N}.csv"))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Exporter le tableau de sélection (CSV pour Excel)")
            .WithDescription("Chaque candidature active, du meilleur score au moins bon : nom, secteur, département, organisation et la clé sous laquelle " +
                "la proposition la compte, score moyen, nombre d'évaluations, moyenne par critère, décision, décision annoncée et réponse. " +
                "UTF-8 avec BOM, séparateur « ; », s'ouvre directement dans Excel en français.")
            .Produces(200, contentType: "text/csv")
            .ProducesClientErrors(401, 403, 404);
}
