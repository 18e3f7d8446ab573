using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

internal static class MeetingsAccess
{
    public static async Task<WorkingGroup> FindGroupAsync(this MeetingsDbContext db, Guid groupId, CancellationToken cancellationToken) =>
        await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick(
            "Groupe de travail introuvable (il se forme à la publication de son appel).",
            "Working group not found (it is formed when its call is published)."));

    public static async Task<Meeting> FindMeetingAsync(this MeetingsDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
        ?? throw MeetingNotFound();

    /// <summary>
    /// The meeting, if the member token belongs to its group. A member of another group gets the same
    /// 404 as for a meeting that does not exist: their token says nothing about other groups.
    /// </summary>
    public static async Task<(Meeting Meeting, Member Member)> FindMeetingForMemberAsync(
        this MeetingsDbContext db, Guid meetingId, Caller caller, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(caller, cancellationToken);
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.GroupId == member.GroupId, cancellationToken)
            ?? throw MeetingNotFound();
        return (meeting, member);
    }

    public static async Task<Member> FindMemberAsync(this MeetingsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        // Another credential (a coordinator's key) is valid but not a member's: 403. A member token that
        // opens nothing (unknown, or of someone who left) is a wrong credential: 401, as in Knowledge.
        if (string.IsNullOrEmpty(caller.MemberToken))
        {
            throw new ForbiddenException(Localized.Pick("Réservé aux membres du groupe.", "For members of the group only."));
        }

        var hash = SecretToken.Hash(caller.MemberToken);
        return await db.Members.FirstOrDefaultAsync(m => m.TokenHash == hash && m.LeftAt == null, cancellationToken)
            ?? throw new UnauthorizedException(Localized.Pick(
                "Ce jeton de membre n'est pas (ou plus) valable.", "This member token is not (or no longer) valid."));
    }

    public static async Task<Venue?> FindVenueAsync(this MeetingsDbContext db, Guid? venueId, CancellationToken cancellationToken) =>
        venueId is null ? null : await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken);

    private static NotFoundException MeetingNotFound() =>
        new(Localized.Pick("Réunion introuvable.", "Meeting not found."));
}
