using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Meetings.Contracts;

/// <summary>The coordinator planned a meeting of a working group (times in UTC).</summary>
public sealed record MeetingPlanned(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    MeetingFormat Format) : IntegrationEvent;

/// <summary>A planned meeting changed its format, time or venue, or was cancelled.</summary>
public sealed record MeetingChanged(
    Guid MeetingId,
    Guid GroupId,
    string Title,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset EndsAtUtc,
    MeetingFormat Format,
    bool Cancelled) : IntegrationEvent;

/// <summary>
/// A meeting took place and its minutes were recorded: Knowledge turns minutes and themes into method
/// sheets. The minutes are Markdown, written by the coordinator.
/// </summary>
public sealed record MeetingHeld(
    Guid MeetingId,
    Guid GroupId,
    string GroupName,
    string Title,
    DateTimeOffset StartsAtUtc,
    string Minutes,
    IReadOnlyList<string> Themes,
    int AttendeeCount) : IntegrationEvent;

/// <summary>
/// A confirmed participant joined their working group and received a private member token; only its
/// SHA-256 travels, so other modules can recognise the member without ever holding the token.
/// </summary>
public sealed record MemberJoined(Guid MemberId, Guid ApplicationId, Guid GroupId, string TokenHash) : IntegrationEvent;

/// <summary>A member left their group or was erased: their token no longer opens anything.</summary>
public sealed record MemberLeft(Guid MemberId, Guid ApplicationId) : IntegrationEvent;
