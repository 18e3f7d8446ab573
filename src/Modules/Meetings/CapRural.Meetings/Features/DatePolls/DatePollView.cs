using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.DatePolls;

public sealed record PollOptionView(Guid OptionId, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, DateTimeOffset EndsAtUtc);

/// <summary>One date's result; <c>rank</c> 1 is the best.</summary>
public sealed record PollResultView(int Rank, Guid OptionId, string StartsAt, int Yes, int IfNeeded, int No, int NoAnswer, int Score, bool BothSectors);

public sealed record DatePollView(
    Guid PollId,
    Guid GroupId,
    string Title,
    DatePollStatus Status,
    IReadOnlyList<PollOptionView> Options,
    IReadOnlyList<PollResultView> Results,
    Guid? ChosenOptionId,
    Guid? MeetingId,
    IReadOnlyDictionary<Guid, Availability>? MyVotes);

internal static class DatePollViews
{
    public static async Task<DatePollView> ViewAsync(this MeetingsDbContext db, DatePoll poll, Guid? memberId, CancellationToken cancellationToken)
    {
        var members = await db.ActiveMembers(poll.GroupId).AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Sector, cancellationToken);
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
            memberId is { } id ? votes.Where(v => v.MemberId == id).ToDictionary(v => v.OptionId, v => v.Availability) : null);
    }
}
