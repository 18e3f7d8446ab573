using CapRural.Selection.Contracts;
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

internal static class GivingUp
{
    /// <summary>
    /// Frees the place of someone who gives it up (a decline, a withdrawal, a departure from the group) and
    /// tells the other modules once, naming the best replacement. Nothing happens for someone who holds no
    /// place, so a redelivered or crossing event cannot free it twice.
    /// </summary>
    public static async Task<bool> GiveUpPlaceAsync(this SelectionDbContext db, Candidate candidate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!candidate.HoldsPlace)
        {
            return false;
        }

        var call = await db.FindCallAsync(candidate.CallId, cancellationToken);
        var replacement = (await db.LoadGroupAsync(call, candidate.Id, cancellationToken)).BestReplacement?.Id;
        candidate.DeclineOffer(replacement, now);
        db.Publish(new ParticipantDeclined(candidate.Id, candidate.ApplicationId, call.Id, replacement));
        return true;
    }
}
