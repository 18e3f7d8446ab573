using CapRural.BuildingBlocks.Contracts;

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

/// <summary>Which answers a meeting's format allows, and what a change of format does to the answers given.</summary>
internal static class RsvpRules
{
    public static bool Allows(MeetingFormat format, RsvpResponse response) => format switch
    {
        MeetingFormat.InPerson => response != RsvpResponse.Remote,
        MeetingFormat.Remote => response != RsvpResponse.InPerson,
        _ => true,
    };

    /// <summary>
    /// The answer an invalidated reply becomes under the new format: someone who meant to come in person
    /// to a meeting now held remotely still meant to take part, so they are counted remote (and asked to
    /// confirm); someone who would join remotely cannot be assumed to travel, so their answer is cleared.
    /// </summary>
    public static RsvpResponse? Convert(MeetingFormat format, RsvpResponse response) =>
        Allows(format, response) ? response : format == MeetingFormat.Remote ? RsvpResponse.Remote : null;
}
