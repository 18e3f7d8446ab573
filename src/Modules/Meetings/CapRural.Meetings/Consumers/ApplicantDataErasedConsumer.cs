using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using CapRural.Registration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Consumers;

/// <summary>
/// GDPR erasure: the member leaves the roster with everything they left behind — answers to invitations,
/// poll votes, their place in attendance lists — and the application is remembered as erased, so that a
/// confirmation still on its way from Selection cannot bring them back.
/// </summary>
internal sealed class ApplicantDataErasedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicantDataErased, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicantDataErased notification, CancellationToken cancellationToken)
    {
        // Pending e-mails to the person and events carrying their data go first, whatever else they held.
        await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
        if (!await Db.ErasedApplications.AnyAsync(e => e.ApplicationId == notification.ApplicationId, cancellationToken))
        {
            Db.ErasedApplications.Add(ErasedApplication.Of(notification.ApplicationId, Clock.GetUtcNow()));
        }

        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is null)
        {
            return;
        }

        Db.Rsvps.RemoveRange(await Db.Rsvps.Where(r => r.MemberId == member.Id).ToListAsync(cancellationToken));
        Db.PollVotes.RemoveRange(await Db.PollVotes.Where(v => v.MemberId == member.Id).ToListAsync(cancellationToken));
        foreach (var meeting in await Db.Meetings.Where(m => m.GroupId == member.GroupId).ToListAsync(cancellationToken))
        {
            meeting.ForgetAttendee(member.Id);
        }

        Db.Members.Remove(member);
        Db.Publish(new MemberLeft(member.Id, member.ApplicationId, member.GroupId, MemberDeparture.Erased));
    }
}
