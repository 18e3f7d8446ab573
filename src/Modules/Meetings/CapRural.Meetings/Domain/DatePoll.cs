using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Meetings.Domain;

public enum DatePollStatus
{
    Open,
    Closed,
}

/// <summary>A date proposed in a poll, in UTC.</summary>
internal sealed record PollOption(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>"À discuter": dates the coordinator proposes for the next meeting; members say which suit them.</summary>
internal sealed class DatePoll
{
    public const int TitleMax = 200;
    public const int OptionsMin = 2;
    public const int OptionsMax = 20;

    private DatePoll()
    {
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public string Title { get; private set; } = "";

    public List<PollOption> Options { get; private set; } = [];

    public DatePollStatus Status { get; private set; }

    public Guid? ChosenOptionId { get; private set; }

    public Guid? MeetingId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optional deadline: votes stop then, the coordinator still picks the date.</summary>
    public DateTimeOffset? ClosesAt { get; private set; }

    /// <summary>When the members who had not voted were reminded of the deadline; once per poll.</summary>
    public DateTimeOffset? DeadlineRemindedAt { get; private set; }

    public static DatePoll Open(Guid groupId, string title, IEnumerable<PollOption> options, DateTimeOffset? closesAt, DateTimeOffset now) => new()
    {
        ClosesAt = closesAt,
        Id = SortableId.New(),
        GroupId = groupId,
        Title = title,
        Options = [.. options.OrderBy(o => o.StartsAt)],
        Status = DatePollStatus.Open,
        CreatedAt = now,
    };

    public PollOption Option(Guid optionId) => Options.FirstOrDefault(o => o.Id == optionId)
        ?? throw new NotFoundException(Localized.Pick("Cette date ne fait pas partie du sondage.", "This date is not part of the poll."));

    public void EnsureOpen()
    {
        if (Status != DatePollStatus.Open)
        {
            throw new ConflictException(Localized.Pick("Ce sondage est clos : la date est choisie.", "This poll is closed: the date is chosen."));
        }
    }

    public bool AcceptsVotes(DateTimeOffset now) => Status == DatePollStatus.Open && (ClosesAt is null || now < ClosesAt);

    public void EnsureAcceptsVotes(DateTimeOffset now)
    {
        EnsureOpen();
        if (!AcceptsVotes(now))
        {
            throw new ConflictException(Localized.Pick(
                "La date limite de ce sondage est passée : les votes sont clos.", "This poll's deadline has passed: voting is closed."));
        }
    }

    public void MarkDeadlineReminded(DateTimeOffset now) => DeadlineRemindedAt = now;

    /// <summary>Picks the date; votes stop.</summary>
    public PollOption Close(Guid optionId, DateTimeOffset now)
    {
        EnsureOpen();
        var option = Option(optionId);
        ChosenOptionId = option.Id;
        Status = DatePollStatus.Closed;
        ClosedAt = now;
        return option;
    }

    /// <summary>The meeting planned from the chosen date.</summary>
    public void LinkMeeting(Guid meetingId) => MeetingId = meetingId;
}
