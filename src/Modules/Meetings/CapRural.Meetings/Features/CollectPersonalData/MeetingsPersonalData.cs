using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.CollectPersonalData;

/// <summary>What Meetings holds about a person: their membership, their answers, their attendance and their poll votes.</summary>
public sealed record MeetingsSection(
    MembershipData Membership,
    IReadOnlyList<ReplyData> Replies,
    IReadOnlyList<AttendanceData> Attendance,
    IReadOnlyList<PollVoteData> PollVotes);

public sealed record MembershipData(
    Guid MemberId,
    Guid GroupId,
    string GroupName,
    string FirstName,
    string LastName,
    string Email,
    string Organisation,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    double Latitude,
    double Longitude,
    bool Approximate,
    DateTimeOffset JoinedAt,
    DateTimeOffset? LeftAt,
    MemberDeparture? Departure,
    bool CalendarSubscription);

public sealed record ReplyData(Guid MeetingId, string MeetingTitle, DateTimeOffset StartsAtUtc, RsvpResponse Response, DateTimeOffset AnsweredAt);

public sealed record AttendanceData(Guid MeetingId, string MeetingTitle, DateTimeOffset StartsAtUtc);

public sealed record PollVoteData(Guid PollId, string PollTitle, DateTimeOffset OptionStartsAtUtc, Availability Availability, DateTimeOffset VotedAt);

/// <summary>Answers "export my data" from Meetings' own tables; a person who never joined a group gets no section.</summary>
internal sealed class MeetingsPersonalDataHandler(MeetingsDbContext db) : INotificationHandler<PersonalDataRequested>
{
    public async ValueTask Handle(PersonalDataRequested notification, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId, cancellationToken);
        if (member is null)
        {
            return;
        }

        var group = await db.Groups.AsNoTracking().FirstAsync(g => g.Id == member.GroupId, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == member.GroupId).ToListAsync(cancellationToken);
        var byId = meetings.ToDictionary(m => m.Id);
        var replies = await db.Rsvps.AsNoTracking().Where(r => r.MemberId == member.Id).ToListAsync(cancellationToken);
        var votes = await db.PollVotes.AsNoTracking().Where(v => v.MemberId == member.Id).ToListAsync(cancellationToken);
        var pollIds = votes.Select(v => v.PollId).Distinct().ToList();
        var polls = await db.DatePolls.AsNoTracking().Where(p => pollIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        notification.Add("meetings", new MeetingsSection(
            new MembershipData(member.Id, group.Id, group.Name, member.FirstName, member.LastName, member.Email, member.Organisation,
                member.Sector, member.Role, member.CommuneCode, member.CommuneName, member.DepartmentCode, member.Latitude, member.Longitude,
                member.Approximate, member.JoinedAt, member.LeftAt, member.Departure, member.FeedTokenHash is not null),
            [.. replies.Where(r => byId.ContainsKey(r.MeetingId)).OrderBy(r => byId[r.MeetingId].StartsAt)
                .Select(r => new ReplyData(r.MeetingId, byId[r.MeetingId].Title, byId[r.MeetingId].StartsAt, r.Response, r.AnsweredAt))],
            [.. meetings.Where(m => m.Present.Contains(member.Id)).OrderBy(m => m.StartsAt)
                .Select(m => new AttendanceData(m.Id, m.Title, m.StartsAt))],
            [.. votes.Where(v => polls.ContainsKey(v.PollId)).OrderBy(v => v.VotedAt)
                .Select(v => new PollVoteData(v.PollId, polls[v.PollId].Title,
                    polls[v.PollId].Options.FirstOrDefault(o => o.Id == v.OptionId)?.StartsAt ?? default, v.Availability, v.VotedAt))]));
    }
}
