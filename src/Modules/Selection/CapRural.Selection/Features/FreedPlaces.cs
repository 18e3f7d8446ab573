using CapRural.Selection.Domain;
using CapRural.Selection.Domain.Proposal;
using CapRural.Selection.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features;

/// <summary>The group as it stands, its ranked waiting list, and the rules of the last applied proposal for one more place.</summary>
internal sealed record GroupState(IReadOnlyList<ProposalCandidate> Accepted, IReadOnlyList<ProposalCandidate> Waitlist, ProposalConstraints Rules)
{
    public ProposalCandidate? BestReplacement => Replacement.Best(Accepted, Waitlist, Rules);
}

internal static class FreedPlaces
{
    /// <summary>The state of the call's group; <paramref name="leavingId"/> is left out of it (the person giving up their place).</summary>
    public static async Task<GroupState> LoadGroupAsync(this SelectionDbContext db, SelectionCall call, Guid? leavingId, CancellationToken cancellationToken)
    {
        var others = await db.Candidates.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active && c.Id != leavingId
                && (c.Decision == Decision.Accepted || c.Decision == Decision.Waitlisted))
            .ToListAsync(cancellationToken);
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync(cancellationToken))
            .ToLookup(r => r.CandidateId);
        var accepted = others.Where(c => c.Decision == Decision.Accepted).Select(c => ProposalInputs.From(c, reviews[c.Id])).ToList();
        var waitlist = GroupProposer.Rank(others.Where(c => c.Decision == Decision.Waitlisted).Select(c => ProposalInputs.From(c, reviews[c.Id])));
        var rules = new ProposalConstraints(accepted.Count + 1, call.MinSectorShare, call.MinSectorShare, call.MaxPerDepartment, call.MaxPerOrganisation);
        return new GroupState(accepted, [.. waitlist], rules);
    }
}
