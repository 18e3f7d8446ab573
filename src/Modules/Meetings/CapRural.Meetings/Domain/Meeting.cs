using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Meetings.Domain;

public enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>What the coordinator decides about a meeting: when, how, where, about what.</summary>
internal sealed record MeetingPlan(
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    MeetingFormat Format,
    Guid? VenueId,
    string? OnlineUrl,
    IReadOnlyList<string> Agenda);

/// <summary>A meeting of a working group. Times are UTC; <see cref="Sequence"/> is the iCalendar SEQUENCE.</summary>
internal sealed class Meeting
{
    public const int TitleMax = 200;
    public const int AgendaItemMax = 500;
    public const int AgendaItemsMax = 30;
    public const int OnlineUrlMax = 500;
    public const int MinutesMax = 100_000;

    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public MeetingFormat Format { get; private set; }

    public Guid? VenueId { get; private set; }

    public string? OnlineUrl { get; private set; }

    public List<string> Agenda { get; private set; } = [];

    public MeetingStatus Status { get; private set; }

    /// <summary>Raised on every change, so calendar apps replace their copy; also the concurrency token.</summary>
    public int Sequence { get; private set; }

    public string? Minutes { get; private set; }

    /// <summary>The members who came, as the coordinator recorded them; empty until <see cref="AttendanceRecordedAt"/>.</summary>
    public List<Guid> Present { get; private set; } = [];

    public DateTimeOffset? AttendanceRecordedAt { get; private set; }

    /// <summary>When the reminder e-mails were queued: each member is reminded once.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Over, yet neither held (minutes) nor cancelled: the coordinator has to close it ("à clôturer").</summary>
    public bool IsToClose(DateTimeOffset now) => Status == MeetingStatus.Planned && EndsAt <= now;

    public MeetingPlan Plan => new(Title, StartsAt, EndsAt, Format, VenueId, OnlineUrl, Agenda);

    public static Meeting Schedule(Guid groupId, MeetingPlan plan, DateTimeOffset now)
    {
        var meeting = new Meeting { Id = SortableId.New(), GroupId = groupId, Status = MeetingStatus.Planned, CreatedAt = now };
        meeting.Apply(plan, now);
        return meeting;
    }

    /// <summary>
    /// Applies a new plan; answers whether members must be told (format, time, venue or link changed).
    /// Any change raises the sequence; an identical plan changes nothing.
    /// </summary>
    public bool Change(MeetingPlan plan, DateTimeOffset now)
    {
        EnsurePlanned();
        var before = Plan;
        var tell = before.Format != plan.Format || before.StartsAt != plan.StartsAt || before.EndsAt != plan.EndsAt
            || before.VenueId != plan.VenueId || !string.Equals(before.OnlineUrl, plan.OnlineUrl, StringComparison.Ordinal);
        var changed = tell || before.Title != plan.Title || !before.Agenda.SequenceEqual(plan.Agenda);
        if (changed)
        {
            if (before.StartsAt != plan.StartsAt)
            {
                // A postponed meeting is reminded again before its new date.
                RemindedAt = null;
            }

            Apply(plan, now);
            Sequence++;
        }

        return tell;
    }

    /// <summary>The venue's name or address changed: calendar apps replace their copy of the invitation.</summary>
    public void VenueEdited(DateTimeOffset now)
    {
        EnsurePlanned();
        Sequence++;
        UpdatedAt = now;
    }

    /// <summary>
    /// Adds to the agenda the follow-up items it lacks, within the agenda's limit; members are not written
    /// to (the agenda alone changed), calendars see a new sequence. Answers how many were added.
    /// </summary>
    public int CarryOver(IEnumerable<string> items, DateTimeOffset now)
    {
        EnsurePlanned();
        var added = items.Where(item => !Agenda.Contains(item)).Distinct().Take(Math.Max(0, AgendaItemsMax - Agenda.Count)).ToList();
        if (added.Count > 0)
        {
            Agenda = [.. Agenda, .. added];
            Sequence++;
            UpdatedAt = now;
        }

        return added.Count;
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsurePlanned();
        Status = MeetingStatus.Cancelled;
        Sequence++;
        UpdatedAt = now;
    }

    /// <summary>Records the minutes: the meeting took place. Minutes may be corrected afterwards.</summary>
    public void RecordMinutes(string minutes, DateTimeOffset now)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new ConflictException(Localized.Pick("Cette réunion est annulée : elle n'a pas de compte rendu.", "This meeting is cancelled: it has no minutes."));
        }

        if (now < StartsAt)
        {
            throw new ConflictException(Localized.Pick("Cette réunion n'a pas encore eu lieu : le compte rendu viendra après.", "This meeting has not taken place yet: the minutes come afterwards."));
        }

        Minutes = minutes;
        Status = MeetingStatus.Held;
        UpdatedAt = now;
    }

    /// <summary>Records who came; the list may be corrected afterwards. Not before the start, not for a cancelled meeting.</summary>
    public void RecordAttendance(IEnumerable<Guid> present, DateTimeOffset now)
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new ConflictException(Localized.Pick("Cette réunion est annulée : personne n'y a assisté.", "This meeting is cancelled: nobody attended it."));
        }

        if (now < StartsAt)
        {
            throw new ConflictException(Localized.Pick("Cette réunion n'a pas encore eu lieu : les présences se notent après son début.", "This meeting has not taken place yet: attendance is recorded after it starts."));
        }

        Present = [.. present.Distinct()];
        AttendanceRecordedAt = now;
        UpdatedAt = now;
    }

    public void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    /// <summary>Erasure: the member's id leaves the attendance list; nothing else of the meeting changes.</summary>
    public void ForgetAttendee(Guid memberId)
    {
        if (Present.Contains(memberId))
        {
            Present = [.. Present.Where(id => id != memberId)];
        }
    }

    private void EnsurePlanned()
    {
        if (Status != MeetingStatus.Planned)
        {
            throw new ConflictException(Status == MeetingStatus.Cancelled
                ? Localized.Pick("Cette réunion est annulée : planifiez-en une nouvelle.", "This meeting is cancelled: plan a new one.")
                : Localized.Pick("Cette réunion a déjà eu lieu : elle ne peut plus changer.", "This meeting has already taken place: it can no longer change."));
        }
    }

    private void Apply(MeetingPlan plan, DateTimeOffset now)
    {
        Title = plan.Title;
        StartsAt = plan.StartsAt;
        EndsAt = plan.EndsAt;
        Format = plan.Format;
        VenueId = plan.Format == MeetingFormat.Remote ? null : plan.VenueId;
        OnlineUrl = plan.Format == MeetingFormat.InPerson ? null : plan.OnlineUrl;
        Agenda = [.. plan.Agenda];
        UpdatedAt = now;
    }
}
