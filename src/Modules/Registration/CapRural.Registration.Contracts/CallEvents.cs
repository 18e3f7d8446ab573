using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

/// <summary>A call was published: its working group exists from now on.</summary>
public sealed record CallOpened(
    Guid CallId,
    string Title,
    string WorkingGroupName,
    int TargetGroupSize,
    int MeetingsPerYear,
    DateOnly FirstMeetingOn,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string> Themes) : IntegrationEvent;

/// <summary>A published call was edited (dates, target size, themes…).</summary>
public sealed record CallUpdated(
    Guid CallId,
    string Title,
    string WorkingGroupName,
    int TargetGroupSize,
    int MeetingsPerYear,
    DateOnly FirstMeetingOn,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string> Themes) : IntegrationEvent;

/// <summary>The coordinator closed the call before its deadline.</summary>
public sealed record CallClosed(Guid CallId, DateTimeOffset ClosedAt) : IntegrationEvent;
