using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Features;
using CapRural.Selection.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Consumers;

/// <summary>
/// A member who leaves the group, or whom the coordinator removes, gives up their place: it is freed as
/// for a decline. Departures that Selection itself caused (<see cref="MemberDeparture.GaveUpPlace"/>) or
/// that an erasure caused (handled by its own event) are ignored, so the two modules never answer each
/// other in a loop; and a candidate who no longer holds a place publishes nothing.
/// </summary>
internal sealed class MemberLeftConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MemberLeft, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberLeft notification, CancellationToken cancellationToken)
    {
        if (notification.Departure is not (MemberDeparture.LeftGroup or MemberDeparture.RemovedByCoordinator))
        {
            return;
        }

        var candidate = await Db.Candidates.FirstOrDefaultAsync(
            c => c.ApplicationId == notification.ApplicationId && c.Status == CandidateStatus.Active, cancellationToken);
        if (candidate is not null)
        {
            await Db.GiveUpPlaceAsync(candidate, Clock.GetUtcNow(), cancellationToken);
        }
    }
}
