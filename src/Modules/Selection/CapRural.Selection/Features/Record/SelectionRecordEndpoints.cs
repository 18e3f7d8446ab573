using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain.Proposal;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.Record;

public sealed record GetSelectionRecord(Guid CallId) : IQuery<SelectionRecordView>;

public sealed record ReplaySelectionRecord(Guid CallId) : IQuery<ReplayAnswer>;

/// <summary>The last applied proposal of the call, as recorded; <c>appliedProposals</c> counts them all.</summary>
public sealed record SelectionRecordView(
    Guid RecordId,
    DateTimeOffset AppliedAt,
    string SolverVersion,
    RecordedConstraints Constraints,
    string SnapshotHash,
    IReadOnlyList<RecordedCandidate> Scores,
    IReadOnlyList<Guid> Accepted,
    IReadOnlyList<Guid> Waitlist,
    double TotalScore,
    int AppliedProposals);

/// <summary>
/// The recorded inputs solved again by today's solver: whether the snapshot still matches its hash, and whether
/// the group is the same, with who would join or leave it otherwise.
/// </summary>
public sealed record ReplayAnswer(
    bool SameGroup,
    bool SnapshotIntact,
    string RecordedSolverVersion,
    string SolverVersion,
    double RecordedTotalScore,
    double TotalScore,
    IReadOnlyList<Guid> Accepted,
    IReadOnlyList<Guid> Joining,
    IReadOnlyList<Guid> Leaving);

internal static class SelectionRecords
{
    public static async Task<(Domain.SelectionRecord Record, int Count)> LastAsync(this SelectionDbContext db, Guid callId, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(callId, cancellationToken);
        var records = await db.Records.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken);
        var last = records.OrderByDescending(r => r.AppliedAt).FirstOrDefault()
            ?? throw new NotFoundException(Localized.Pick(
                "Aucune proposition n'a encore été appliquée pour cet appel : rien n'est enregistré.",
                "No proposal has been applied for this call yet: nothing is recorded."));
        return (last, records.Count);
    }
}

internal sealed class GetSelectionRecordHandler(SelectionDbContext db) : IQueryHandler<GetSelectionRecord, SelectionRecordView>
{
    public async ValueTask<SelectionRecordView> Handle(GetSelectionRecord query, CancellationToken cancellationToken)
    {
        var (record, count) = await db.LastAsync(query.CallId, cancellationToken);
        return new SelectionRecordView(
            record.Id, record.AppliedAt, record.SolverVersion,
            RecordedInputs.Deserialize<RecordedConstraints>(record.Constraints), record.SnapshotHash,
            RecordedInputs.Deserialize<List<RecordedCandidate>>(record.Snapshot),
            record.Accepted, record.Waitlist, record.TotalScore, count);
    }
}

internal sealed class ReplaySelectionRecordHandler(SelectionDbContext db) : IQueryHandler<ReplaySelectionRecord, ReplayAnswer>
{
    public async ValueTask<ReplayAnswer> Handle(ReplaySelectionRecord query, CancellationToken cancellationToken)
    {
        var (record, _) = await db.LastAsync(query.CallId, cancellationToken);
        var snapshot = RecordedInputs.Deserialize<List<RecordedCandidate>>(record.Snapshot);
        var result = GroupProposer.Propose(RecordedInputs.Candidates(snapshot), RecordedInputs.Rules(RecordedInputs.Deserialize<RecordedConstraints>(record.Constraints)));
        var accepted = result.Accepted.Select(l => l.CandidateId).ToList();
        return new ReplayAnswer(
            accepted.ToHashSet().SetEquals(record.Accepted),
            RecordedInputs.Hash(record.Snapshot) == record.SnapshotHash,
            record.SolverVersion,
            GroupProposer.SolverVersion,
            record.TotalScore,
            result.TotalScore,
            accepted,
            [.. accepted.Except(record.Accepted)],
            [.. record.Accepted.Except(accepted)]);
    }
}

internal static class SelectionRecordEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/calls/{callId:guid}/selection/record", async (Guid callId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSelectionRecord(callId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Ce sur quoi repose la dernière proposition appliquée")
            .WithDescription("Les règles (`constraints`), les scores tels que le calcul les a vus (`scores`, chaque candidature par son identifiant, " +
                "les organisations sous un pseudonyme qui dit seulement qui partage la même), leur empreinte SHA-256 (`snapshotHash`), la version du calcul " +
                "et le groupe obtenu. 404 tant qu'aucune proposition n'a été appliquée.")
            .ProducesClientErrors(401, 403, 404);
        api.MapPost("/calls/{callId:guid}/selection/record/replay", async (Guid callId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplaySelectionRecord(callId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Refaire le calcul de la dernière proposition appliquée")
            .WithDescription("Résout à nouveau, avec le calcul d'aujourd'hui, les règles et les scores enregistrés : `sameGroup` dit si le groupe est le même, " +
                "`snapshotIntact` si les scores enregistrés correspondent toujours à leur empreinte, `joining` et `leaving` qui changerait sinon. " +
                "Ne modifie rien ; les scores d'aujourd'hui (évaluations changées depuis) n'entrent pas en compte.")
            .ProducesClientErrors(401, 403, 404);
    }
}
