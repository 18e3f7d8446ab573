using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.Shared;

public sealed record PollOptionView(Guid OptionId, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, DateTimeOffset EndsAtUtc);

/// <summary>One date's result; <c>rank</c> 1 is the best.</summary>
public sealed record PollResultView(int Rank, Guid OptionId, string StartsAt, int Yes, int IfNeeded, int No, int NoAnswer, int Score, bool BothSectors);

/// <summary>Who voted what, for the coordinator (as Rallly shows it).</summary>
public sealed record PollVoterView(Guid MemberId, string FirstName, string LastName, Sector Sector, IReadOnlyDictionary<Guid, Availability> Votes);

/// <summary><c>votingOpen</c> is false once the poll is closed or its deadline (<c>closesAt</c>, Paris time) has passed.</summary>
public sealed record DatePollView(
    Guid PollId,
    Guid GroupId,
    string Title,
    DatePollStatus Status,
    IReadOnlyList<PollOptionView> Options,
    IReadOnlyList<PollResultView> Results,
    Guid? ChosenOptionId,
    Guid? MeetingId,
    IReadOnlyDictionary<Guid, Availability>? MyVotes,
    string? ClosesAt,
    bool VotingOpen,
    IReadOnlyList<PollVoterView>? Voters);

internal static class DatePollViews
{
    /// <summary>For a member (<paramref name="memberId"/>): their own votes; for the coordinator (null): every voter's.</summary>
    public static async Task<DatePollView> ViewAsync(this MeetingsDbContext db, DatePoll poll, Guid? memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = await db.ActiveMembers(poll.GroupId).AsNoTracking().OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ToListAsync(cancellationToken);
        var members = active.ToDictionary(m => m.Id, m => m.Sector);
        var votes = await db.PollVotes.AsNoTracking().Where(v => v.PollId == poll.Id).ToListAsync(cancellationToken);
        var ranked = PollRanking.Rank(poll.Options, [.. votes.Select(v => (v.OptionId, v.MemberId, v.Availability))], members);
        return new DatePollView(
            poll.Id,
            poll.GroupId,
            poll.Title,
            poll.Status,
            [.. poll.Options.Select(o => new PollOptionView(o.Id, ParisTime.FormatIso(o.StartsAt), ParisTime.FormatIso(o.EndsAt), o.StartsAt, o.EndsAt))],
            [.. ranked.Select((r, i) => new PollResultView(i + 1, r.Option.Id, ParisTime.FormatIso(r.Option.StartsAt), r.Yes, r.IfNeeded, r.No, r.NoAnswer, r.Score, r.BothSectors))],
            poll.ChosenOptionId,
            poll.MeetingId,
            memberId is { } id ? votes.Where(v => v.MemberId == id).ToDictionary(v => v.OptionId, v => v.Availability) : null,
            poll.ClosesAt is { } closesAt ? ParisTime.FormatIso(closesAt) : null,
            poll.AcceptsVotes(now),
            memberId is null ? Voters(active, votes) : null);
    }

    private static List<PollVoterView> Voters(List<Member> active, List<PollVote> votes)
    {
        var byMember = votes.ToLookup(v => v.MemberId);
        return [.. active.Where(m => byMember.Contains(m.Id)).Select(m => new PollVoterView(
            m.Id, m.FirstName, m.LastName, m.Sector, byMember[m.Id].ToDictionary(v => v.OptionId, v => v.Availability)))];
    }
}
