using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;

namespace CapRural.Meetings.Features.Shared;

internal static class MemberQueries
{
    /// <summary>The members still in the group: those who left get no e-mails and count nowhere.</summary>
    public static IQueryable<Member> ActiveMembers(this MeetingsDbContext db, Guid groupId) =>
        db.Members.Where(m => m.GroupId == groupId && m.LeftAt == null);
}
