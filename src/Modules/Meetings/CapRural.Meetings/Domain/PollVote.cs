namespace CapRural.Meetings.Domain;

public enum Availability
{
    Yes,
    IfNeeded,
    No,
}

/// <summary>A member's availability for one date of a poll; the last vote counts.</summary>
internal sealed class PollVote
{
    private PollVote()
    {
    }

    public Guid PollId { get; private set; }

    public Guid OptionId { get; private set; }

    public Guid MemberId { get; private set; }

    public Availability Availability { get; private set; }

    public DateTimeOffset VotedAt { get; private set; }

    public static PollVote Cast(Guid pollId, Guid optionId, Guid memberId, Availability availability, DateTimeOffset now) =>
        new() { PollId = pollId, OptionId = optionId, MemberId = memberId, Availability = availability, VotedAt = now };

    public void Change(Availability availability, DateTimeOffset now)
    {
        Availability = availability;
        VotedAt = now;
    }
}
