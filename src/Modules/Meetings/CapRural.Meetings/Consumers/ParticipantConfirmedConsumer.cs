using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Infrastructure;
using CapRural.Selection.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Consumers;

/// <summary>A confirmed participant joins the roster and receives their private member token.</summary>
internal sealed class ParticipantConfirmedConsumer(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : IdempotentEventHandler<ParticipantConfirmed, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(ParticipantConfirmed notification, CancellationToken cancellationToken)
    {
        // Already on the roster (a redelivery), or erased meanwhile: the erasure came first, through Registration.
        if (await Db.Members.AnyAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken)
            || await Db.ErasedApplications.AnyAsync(e => e.ApplicationId == notification.ApplicationId, cancellationToken))
        {
            return;
        }

        // Selection only confirms people of published calls, so the group exists unless the call's
        // event is still on its way: failing lets the outbox retry once it has arrived.
        var group = await Db.Groups.FirstOrDefaultAsync(g => g.Id == notification.CallId, cancellationToken)
            ?? throw new InvalidOperationException($"Working group {notification.CallId} is not known yet.");
        var person = notification.Person;
        var token = SecretToken.New("mb_");
        var member = Member.Join(group.Id, notification.ApplicationId, new MemberDetails(
                person.FirstName, person.LastName, person.Email, person.Organisation, person.Sector, person.Role,
                person.CommuneCode, person.CommuneName, person.DepartmentCode, person.Latitude, person.Longitude,
                !string.Equals(person.LocationPrecision, "commune", StringComparison.OrdinalIgnoreCase)),
            SecretToken.Hash(token), Clock.GetUtcNow());
        Db.Members.Add(member);
        // Same SaveChanges as the member: Knowledge learns the token's hash exactly when it starts to work here.
        Db.Publish(new MemberJoined(member.Id, member.ApplicationId, member.GroupId, member.TokenHash));
        Db.QueueEmail(member.ApplicationId, MeetingsEmails.Welcome(member, group, token, platform.Value.PrivateLink("groupes/espace-membre", token)));
    }
}
