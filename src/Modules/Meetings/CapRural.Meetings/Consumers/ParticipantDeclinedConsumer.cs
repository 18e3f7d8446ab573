using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using CapRural.Selection.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Consumers;

/// <summary>
/// Someone gave up their place in Selection (a decline after confirming, the coordinator's change of
/// decision, a withdrawal): they leave the roster. No member means they never confirmed — Selection's
/// rows about one person arrive in order, so a confirmation cannot come later — and nothing is to do;
/// a member who already left (the departure that made Selection free the place) raises nothing more.
/// </summary>
internal sealed class ParticipantDeclinedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantDeclined, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(ParticipantDeclined notification, CancellationToken cancellationToken)
    {
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is not null)
        {
            await Db.DepartAsync(member, MemberDeparture.GaveUpPlace, Clock.GetUtcNow(), cancellationToken);
        }
    }
}
