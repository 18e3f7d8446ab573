using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Infrastructure;
using CapRural.Registration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Consumers;

/// <summary>GDPR erasure: the member leaves the roster, with their answers to invitations.</summary>
internal sealed class ApplicantDataErasedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicantDataErased, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicantDataErased notification, CancellationToken cancellationToken)
    {
        // Pending e-mails to the person and events carrying their data go first, whatever else they held.
        await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is null)
        {
            return;
        }

        Db.Rsvps.RemoveRange(await Db.Rsvps.Where(r => r.MemberId == member.Id).ToListAsync(cancellationToken));
        Db.Members.Remove(member);
        Db.Publish(new MemberLeft(member.Id, member.ApplicationId, member.GroupId, MemberDeparture.Erased));
    }
}
