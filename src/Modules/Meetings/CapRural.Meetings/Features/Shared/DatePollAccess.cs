using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

internal static class DatePollAccess
{
    public static async Task<DatePoll> FindPollAsync(this MeetingsDbContext db, Guid pollId, CancellationToken cancellationToken) =>
        await db.DatePolls.FirstOrDefaultAsync(p => p.Id == pollId, cancellationToken) ?? throw PollNotFound();

    /// <summary>The poll, if the member token belongs to its group; otherwise the same 404 as for a poll that does not exist.</summary>
    public static async Task<(DatePoll Poll, Member Member)> FindPollForMemberAsync(
        this MeetingsDbContext db, Guid pollId, Caller caller, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(caller, cancellationToken);
        var poll = await db.DatePolls.FirstOrDefaultAsync(p => p.Id == pollId && p.GroupId == member.GroupId, cancellationToken)
            ?? throw PollNotFound();
        return (poll, member);
    }

    private static NotFoundException PollNotFound() => new("Sondage de dates introuvable.");
}
