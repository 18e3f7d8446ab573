using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

/// <summary>A call was published: its working group exists from now on.</summary>
[EventName("registration.call-opened.v1")]
public sealed record CallOpened(
    Guid CallId,
    string Title,
    string WorkingGroupName,
    int TargetGroupSize,
    int MeetingsPerYear,
    DateOnly FirstMeetingOn,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string> Themes) : IntegrationEvent
{
    public override Guid SubjectId => CallId;
}

/// <summary>A published call was edited (dates, target size, themes…).</summary>
[EventName("registration.call-updated.v1")]
public sealed record CallUpdated(
    Guid CallId,
    string Title,
    string WorkingGroupName,
    int TargetGroupSize,
    int MeetingsPerYear,
    DateOnly FirstMeetingOn,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string> Themes) : IntegrationEvent
{
    public override Guid SubjectId => CallId;
}

/// <summary>The call closed: before its deadline by the coordinator, or at its deadline. Selection may publish from then on.</summary>
[EventName("registration.call-closed.v1")]
public sealed record CallClosed(Guid CallId, DateTimeOffset ClosedAt) : IntegrationEvent
{
    public override Guid SubjectId => CallId;
}
