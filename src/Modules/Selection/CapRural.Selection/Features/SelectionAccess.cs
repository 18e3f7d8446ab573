using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features;

internal static class SelectionAccess
{
    public static async Task<SelectionCall> FindCallAsync(this SelectionDbContext db, Guid callId, CancellationToken cancellationToken) =>
        await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Appel introuvable, ou pas encore publié.", "Call not found, or not published yet."));

    /// <summary>The call, if the caller coordinates or was assigned to review it; other reviewer keys see nothing of it.</summary>
    public static async Task<SelectionCall> FindCallToReviewAsync(this SelectionDbContext db, Guid callId, Caller caller, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(callId, cancellationToken);
        if (!caller.IsCoordinator
            && !await db.ReviewerAssignments.AnyAsync(a => a.CallId == callId && a.ApiKeyId == caller.ApiKeyId, cancellationToken))
        {
            throw new ForbiddenException(Localized.Pick(
                "Cette clé n'est pas affectée à l'évaluation de cet appel. Demandez-le à la coordination.",
                "This key is not assigned to review this call. Ask the coordinator."));
        }

        return call;
    }

    /// <summary>An active candidate of the call (withdrawn and erased ones are gone from selection).</summary>
    public static async Task<Candidate> FindCandidateAsync(this SelectionDbContext db, Guid callId, Guid candidateId, CancellationToken cancellationToken) =>
        await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId && c.CallId == callId && c.Status == CandidateStatus.Active, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Candidat·e introuvable pour cet appel.", "Candidate not found for this call."));
}
