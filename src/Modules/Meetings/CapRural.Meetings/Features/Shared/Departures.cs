using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

internal static class Departures
{
    /// <summary>
    /// The member leaves the group: off the roster, the invitations, reminders, polls and venue rankings
    /// (every query counts only members who have not left), their e-mails not yet sent are cancelled, and
    /// the other modules are told why. Answers false, and does nothing, when they had already left.
    /// </summary>
    public static async Task<bool> DepartAsync(this MeetingsDbContext db, Member member, MemberDeparture departure, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!member.Leave(departure, now))
        {
            return false;
        }

        // Only the e-mails: the events already raised about the person (their MemberJoined on its way to
        // Knowledge) must still arrive, in order, before the MemberLeft raised here.
        var unsent = await db.Outbox
            .Where(m => m.SubjectId == member.ApplicationId && m.Kind == OutboxKind.Email && m.ProcessedAt == null)
            .ToListAsync(cancellationToken);
        db.Outbox.RemoveRange(unsent);
        db.Publish(new MemberLeft(member.Id, member.ApplicationId, member.GroupId, departure));
        return true;
    }
}
