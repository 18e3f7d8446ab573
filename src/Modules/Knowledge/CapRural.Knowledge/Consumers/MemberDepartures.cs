using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Consumers;

internal static class MemberDepartures
{
    /// <summary>
    /// The member left: out of the directory and their tokens revoked. Kept (not deleted) so their pending
    /// reports can still be decided and told to them, and so a late confirmation cannot list them again.
    /// </summary>
    public static async Task MemberLeavesAsync(this KnowledgeDbContext db, Guid applicationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await db.MemberAsync(applicationId, now, cancellationToken);
        member.Leave(now);
        db.MemberTokens.RemoveRange(await db.MemberTokens.Where(t => t.ApplicationId == applicationId).ToListAsync(cancellationToken));
    }

    /// <summary>The member, or a placeholder that records what happened before their confirmation arrived.</summary>
    public static async Task<Member> MemberAsync(this KnowledgeDbContext db, Guid applicationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.ApplicationId == applicationId, cancellationToken)
            ?? db.Members.Local.FirstOrDefault(m => m.ApplicationId == applicationId);
        if (member is null)
        {
            member = Member.Placeholder(applicationId, now);
            db.Members.Add(member);
        }

        return member;
    }
}
