using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Consumers;

/// <summary>A member is no longer in their group: as a former member, the retention delay starts.</summary>
internal sealed class MemberLeftConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MemberLeft, RegistrationDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberLeft notification, CancellationToken cancellationToken)
    {
        switch (notification.Departure)
        {
            case MemberDeparture.Erased:
                // The erasure started here: nothing is left to record.
                return;
            case MemberDeparture.GaveUpPlace:
                // Meetings echoes Selection's ParticipantDeclined; keep the clock that event started.
                var application = await Db.Applications.FirstOrDefaultAsync(a => a.Id == notification.ApplicationId, cancellationToken);
                if (application is not null && application.Outcome != SelectionOutcome.GaveUpPlace)
                {
                    application.RecordOutcome(SelectionOutcome.GaveUpPlace, notification.OccurredAt, Clock.GetUtcNow());
                }

                return;
            default:
                await Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.FormerMember, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
                return;
        }
    }
}
