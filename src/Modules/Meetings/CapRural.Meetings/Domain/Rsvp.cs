namespace CapRural.Meetings.Domain;

public enum RsvpResponse
{
    InPerson,
    Remote,
    Absent,
}

/// <summary>A member's answer to an invitation; the last answer counts.</summary>
internal sealed class Rsvp
{
    private Rsvp()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid MemberId { get; private set; }

    public RsvpResponse Response { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public static Rsvp Answer(Guid meetingId, Guid memberId, RsvpResponse response, DateTimeOffset now) =>
        new() { MeetingId = meetingId, MemberId = memberId, Response = response, AnsweredAt = now };

    public void Change(RsvpResponse response, DateTimeOffset now)
    {
        Response = response;
        AnsweredAt = now;
    }
}
