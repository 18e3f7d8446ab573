using CapRural.BuildingBlocks.Outbox;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using CapRural.Meetings.Contracts;
using CapRural.Registration.Contracts;
using CapRural.Selection.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Consumers;

/// <summary>A confirmed participant becomes a member known to Knowledge; listed in the directory only with consent.</summary>
internal sealed class ParticipantConfirmedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantConfirmed, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(ParticipantConfirmed notification, CancellationToken cancellationToken)
    {
        var person = notification.Person;
        var profile = new MemberProfile(person.FirstName, person.LastName, person.Email, person.Organisation, person.Role, person.Sector,
            person.DepartmentCode, person.EpciName, person.Topics, person.ConsentToDirectory);
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is null)
        {
            Db.Members.Add(Member.Confirmed(notification.ApplicationId, notification.CandidateId, notification.CallId, profile, Clock.GetUtcNow()));
        }
        else
        {
            // A departure, an erasure or the member's own choice that came first stays in force.
            member.Confirm(notification.CandidateId, notification.CallId, profile, Clock.GetUtcNow());
        }
    }
}

/// <summary>Someone who gives up their place (before or after confirming) is no longer a member: out of the directory, token revoked.</summary>
internal sealed class ParticipantDeclinedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantDeclined, KnowledgeDbContext>(db, clock)
{
    protected override Task ReactAsync(ParticipantDeclined notification, CancellationToken cancellationToken) =>
        Db.MemberLeavesAsync(notification.ApplicationId, Clock.GetUtcNow(), cancellationToken);
}

/// <summary>GDPR erasure: nothing of the person stays in Knowledge, and the sheets they wrote no longer name them.</summary>
internal sealed class ApplicantDataErasedConsumer(KnowledgeDbContext db, TimeProvider clock, MemberErasure erasure)
    : IdempotentEventHandler<ApplicantDataErased, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicantDataErased notification, CancellationToken cancellationToken)
    {
        await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
        await erasure.EraseAsync(notification.ApplicationId, cancellationToken);
    }
}

/// <summary>A corrected application updates the member's entry; a changed consent counts as the member's latest choice.</summary>
internal sealed class ApplicationUpdatedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicationUpdated, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicationUpdated notification, CancellationToken cancellationToken)
    {
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        var p = notification.Profile;
        member?.Refresh(
            new MemberProfile(p.FirstName, p.LastName, p.Email, p.Organisation, p.Role, p.Sector, p.DepartmentCode, p.EpciName, p.Topics,
                p.ConsentToDirectory),
            Clock.GetUtcNow());
    }
}

/// <summary>Meetings issued a member token: Knowledge keeps its hash so the member can use Knowledge's member endpoints.</summary>
internal sealed class MemberJoinedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MemberJoined, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberJoined notification, CancellationToken cancellationToken)
    {
        // A departure or an erasure delivered first wins: the late token must not open anything.
        var gone = await Db.Members.AnyAsync(m => m.ApplicationId == notification.ApplicationId && (m.LeftAt != null || m.Erased), cancellationToken);
        if (!gone && !await Db.MemberTokens.AnyAsync(t => t.MemberId == notification.MemberId, cancellationToken))
        {
            Db.MemberTokens.Add(MemberToken.Issued(notification.MemberId, notification.ApplicationId, notification.GroupId, notification.TokenHash));
        }
    }
}

/// <summary>A member who left, for whatever reason, leaves the directory and their token no longer opens anything.</summary>
internal sealed class MemberLeftConsumer(KnowledgeDbContext db, TimeProvider clock, MemberErasure erasure)
    : IdempotentEventHandler<MemberLeft, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberLeft notification, CancellationToken cancellationToken)
    {
        if (notification.Departure == MemberDeparture.Erased)
        {
            await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
            await erasure.EraseAsync(notification.ApplicationId, cancellationToken);
            return;
        }

        await Db.MemberLeavesAsync(notification.ApplicationId, Clock.GetUtcNow(), cancellationToken);
    }
}
