using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Contracts;

namespace CapRural.Registration.Domain;

public enum CallStatus
{
    Draft,
    Published,
    Closed,
}

/// <summary>
/// An appel à manifestation d'intérêt: it announces a working group and takes applications
/// between <see cref="OpensAt"/> and <see cref="ClosesAt"/> once published.
/// </summary>
internal sealed class Call
{
    private Call()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string WorkingGroupName { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateOnly FirstMeetingOn { get; private set; }

    public int TargetGroupSize { get; private set; }

    public int MeetingsPerYear { get; private set; }

    public List<string> Themes { get; private set; } = [];

    public CallDetails Details
    {
        get => new(Title, WorkingGroupName, Description, OpensAt, ClosesAt, FirstMeetingOn, TargetGroupSize, MeetingsPerYear, Themes);
        private set
        {
            Title = value.Title;
            WorkingGroupName = value.WorkingGroupName;
            Description = value.Description;
            OpensAt = value.OpensAt;
            ClosesAt = value.ClosesAt;
            FirstMeetingOn = value.FirstMeetingOn;
            TargetGroupSize = value.TargetGroupSize;
            MeetingsPerYear = value.MeetingsPerYear;
            Themes = [.. value.Themes];
        }
    }

    public CallStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Call Create(CallDetails details, DateTimeOffset now) => new()
    {
        Id = SortableId.New(),
        Details = details,
        Status = CallStatus.Draft,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public bool IsOpen(DateTimeOffset now) =>
        Status == CallStatus.Published && OpensAt <= now && now < ClosesAt;

    /// <summary>Returns the event to raise when the call was already public, otherwise null.</summary>
    public CallUpdated? Edit(CallDetails details, DateTimeOffset now)
    {
        if (Status == CallStatus.Closed)
        {
            throw new ConflictException(Localized.Pick("Un appel clos ne peut plus être modifié.", "A closed call can no longer be edited."));
        }

        Details = details;
        UpdatedAt = now;
        return Status == CallStatus.Published
            ? new CallUpdated(Id, details.Title, details.WorkingGroupName, details.TargetGroupSize, details.MeetingsPerYear,
                details.FirstMeetingOn, details.OpensAt, details.ClosesAt, details.Themes)
            : null;
    }

    public CallOpened Publish(DateTimeOffset now)
    {
        if (Status != CallStatus.Draft)
        {
            throw new ConflictException(Localized.Pick("Cet appel est déjà publié.", "This call is already published."));
        }

        Status = CallStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
        return new CallOpened(Id, Title, WorkingGroupName, TargetGroupSize, MeetingsPerYear,
            FirstMeetingOn, OpensAt, ClosesAt, Themes);
    }

    public CallClosed CloseEarly(DateTimeOffset now)
    {
        if (Status != CallStatus.Published)
        {
            throw new ConflictException(Status == CallStatus.Closed
                ? Localized.Pick("Cet appel est déjà clos.", "This call is already closed.")
                : Localized.Pick("Un brouillon ne peut pas être clos : publiez-le ou modifiez-le.", "A draft cannot be closed."));
        }

        Status = CallStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
        return new CallClosed(Id, now);
    }

    /// <summary>
    /// The deadline has passed: the call closes, and the other modules are told once. Returns null
    /// when there is nothing to announce.
    /// </summary>
    public CallClosed? CloseAtDeadline(DateTimeOffset now)
    {
        if (Status != CallStatus.Published || now < ClosesAt)
        {
            return null;
        }

        Status = CallStatus.Closed;
        ClosedAt = ClosesAt;
        UpdatedAt = now;
        return new CallClosed(Id, ClosesAt);
    }

    /// <summary>Refuses, with the reason a person can act on, when the call does not take applications now.</summary>
    public void EnsureAcceptsApplications(DateTimeOffset now)
    {
        if (Status == CallStatus.Draft)
        {
            throw new NotFoundException(Localized.Pick("Appel introuvable.", "Call not found."));
        }

        if (Status == CallStatus.Closed || now >= ClosesAt)
        {
            var closedAt = ClosedAt ?? ClosesAt;
            throw new ConflictException(Localized.Pick(
                $"Les candidatures à cet appel sont closes depuis le {ParisTime.Format(closedAt)}.",
                $"Applications to this call closed on {ParisTime.Format(closedAt)}."));
        }

        if (now < OpensAt)
        {
            throw new ConflictException(Localized.Pick(
                $"Les candidatures à cet appel ouvriront le {ParisTime.Format(OpensAt)}.",
                $"Applications to this call open on {ParisTime.Format(OpensAt)}."));
        }
    }
}

/// <summary>What the coordinator writes in a call.</summary>
internal sealed record CallDetails(
    string Title,
    string WorkingGroupName,
    string Description,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateOnly FirstMeetingOn,
    int TargetGroupSize,
    int MeetingsPerYear,
    IReadOnlyList<string> Themes);
