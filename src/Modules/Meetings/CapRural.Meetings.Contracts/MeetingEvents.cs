using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Meetings.Contracts;

/// <summary>The coordinator planned a meeting of a working group (times in UTC).</summary>
[EventName("meetings.meeting-planned.v1")]
[ForOutsideSubscribers("the website's agenda of the group's meetings")]
public sealed record MeetingPlanned(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    MeetingFormat Format) : IntegrationEvent
{
    public override Guid SubjectId => MeetingId;
}

/// <summary>A planned meeting changed its format, time or venue, or was cancelled.</summary>
[EventName("meetings.meeting-changed.v1")]
[ForOutsideSubscribers("the website's agenda of the group's meetings")]
public sealed record MeetingChanged(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    MeetingFormat Format,
    bool Cancelled) : IntegrationEvent
{
    public override Guid SubjectId => MeetingId;
}

/// <summary>
/// A meeting took place and its minutes were recorded: Knowledge turns minutes and themes into method
/// sheets. The minutes are Markdown, written by the coordinator.
/// </summary>
[EventName("meetings.meeting-held.v1")]
public sealed record MeetingHeld(
    Guid MeetingId,
    Guid GroupId,
    string GroupName,
    string Title,
    DateTimeOffset StartsAtUtc,
    string Minutes,
    IReadOnlyList<string> Themes,
    int AttendeeCount) : IntegrationEvent
{
    public override Guid SubjectId => MeetingId;
}

/// <summary>
/// A confirmed participant joined their working group and received a private member token; only its
/// SHA-256 travels, so other modules can recognise the member without ever holding the token.
/// </summary>
[EventName("meetings.member-joined.v1")]
public sealed record MemberJoined(Guid MemberId, Guid ApplicationId, Guid GroupId, string TokenHash) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>A member is no longer in their group (see <see cref="Departure"/> for why): their token no longer opens anything.</summary>
[EventName("meetings.member-left.v2")]
public sealed record MemberLeft(Guid MemberId, Guid ApplicationId, Guid GroupId, MemberDeparture Departure) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>Why a member is no longer in the group.</summary>
public enum MemberDeparture
{
    /// <summary>The member left, from their member space.</summary>
    LeftGroup,

    /// <summary>The coordinator took them off the roster.</summary>
    RemovedByCoordinator,

    /// <summary>They gave up their place in Selection (a decline after confirmation, or a withdrawal).</summary>
    GaveUpPlace,

    /// <summary>Their personal data was erased.</summary>
    Erased,
}
