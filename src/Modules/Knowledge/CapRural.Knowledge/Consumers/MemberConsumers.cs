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
        var profile = new MemberProfile(person.FirstName, person.LastName, person.Organisation, person.Role, person.Sector,
            person.DepartmentCode, person.EpciName, person.Topics, person.ConsentToDirectory);
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is null)
        {
            Db.Members.Add(Member.Confirmed(notification.ApplicationId, notification.CandidateId, notification.CallId, profile, Clock.GetUtcNow()));
        }
        else
        {
            member.Refresh(profile, Clock.GetUtcNow());
        }
    }
}

/// <summary>Someone who gives up their place is no longer a member: they leave the directory.</summary>
internal sealed class ParticipantDeclinedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantDeclined, KnowledgeDbContext>(db, clock)
{
    protected override Task ReactAsync(ParticipantDeclined notification, CancellationToken cancellationToken) =>
        Db.RemoveMemberAsync(notification.ApplicationId, cancellationToken);
}

/// <summary>GDPR erasure: nothing of the person stays in Knowledge.</summary>
internal sealed class ApplicantDataErasedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicantDataErased, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicantDataErased notification, CancellationToken cancellationToken)
    {
        await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
        await Db.RemoveMemberAsync(notification.ApplicationId, cancellationToken);
    }
}

/// <summary>A corrected application updates the member's entry; withdrawn consent takes them out of the directory.</summary>
internal sealed class ApplicationUpdatedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicationUpdated, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicationUpdated notification, CancellationToken cancellationToken)
    {
        var member = await Db.Members.FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        var p = notification.Profile;
        member?.Refresh(
            new MemberProfile(p.FirstName, p.LastName, p.Organisation, p.Role, p.Sector, p.DepartmentCode, p.EpciName, p.Topics, p.ConsentToDirectory),
            Clock.GetUtcNow());
    }
}

/// <summary>Meetings issued a member token: Knowledge keeps its hash so the member can send experience reports.</summary>
internal sealed class MemberJoinedConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MemberJoined, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberJoined notification, CancellationToken cancellationToken)
    {
        if (!await Db.MemberTokens.AnyAsync(t => t.MemberId == notification.MemberId, cancellationToken))
        {
            Db.MemberTokens.Add(MemberToken.Issued(notification.MemberId, notification.ApplicationId, notification.GroupId, notification.TokenHash));
        }
    }
}

/// <summary>A member who left (or was erased) can no longer send experience reports.</summary>
internal sealed class MemberLeftConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MemberLeft, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(MemberLeft notification, CancellationToken cancellationToken) =>
        Db.MemberTokens.RemoveRange(await Db.MemberTokens.Where(t => t.MemberId == notification.MemberId).ToListAsync(cancellationToken));
}

internal static class MemberRemoval
{
    public static async Task RemoveMemberAsync(this KnowledgeDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.ApplicationId == applicationId, cancellationToken);
        if (member is not null)
        {
            db.Members.Remove(member);
        }

        // Nothing of the person stays: their token, and the reports not published as sheets.
        db.MemberTokens.RemoveRange(await db.MemberTokens.Where(t => t.ApplicationId == applicationId).ToListAsync(cancellationToken));
        db.ExperienceReports.RemoveRange(await db.ExperienceReports
            .Where(r => r.ApplicationId == applicationId && r.Status != ExperienceReportStatus.Accepted).ToListAsync(cancellationToken));
    }
}
