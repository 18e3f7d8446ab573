using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

internal static class MeetingViews
{
    public static async Task<MeetingView> ViewAsync(this MeetingsDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var rsvps = await db.Rsvps.AsNoTracking().Where(r => r.MeetingId == meeting.Id && db.Members.Any(m => m.Id == r.MemberId && m.LeftAt == null)).ToListAsync(cancellationToken);
        var members = await db.ActiveMembers(meeting.GroupId).CountAsync(cancellationToken);
        return MeetingView.From(meeting, rsvps, members);
    }
}
