using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Knowledge.Domain;

public enum MeetingNoteStatus
{
    /// <summary>Waiting for the coordinator to turn it into a method sheet.</summary>
    Pending,

    /// <summary>A method sheet draft was made from it.</summary>
    Drafted,
}

/// <summary>
/// A draft compte rendu: the minutes of a meeting held, as Meetings told them, waiting to become a
/// method sheet. One per meeting; corrected minutes replace the earlier ones.
/// </summary>
internal sealed class MeetingNote
{
    private MeetingNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid GroupId { get; private set; }

    public string GroupName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DateTimeOffset StartsAtUtc { get; private set; }

    public string Minutes { get; private set; } = "";

    public List<string> Themes { get; private set; } = [];

    public int AttendeeCount { get; private set; }

    public MeetingNoteStatus Status { get; private set; }

    /// <summary>The sheet drafted from this note, once it was.</summary>
    public Guid? SheetId { get; private set; }

    /// <summary>When Meetings recorded the minutes this note holds: older versions never replace newer ones.</summary>
    public DateTimeOffset MinutesAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Changes with every change: two requests that read the same version cannot both draft a sheet.</summary>
    public Guid Version { get; private set; }

    public static MeetingNote Received(Guid meetingId, MeetingMinutes minutes, DateTimeOffset now)
    {
        var note = new MeetingNote { Id = SortableId.New(), MeetingId = meetingId, Status = MeetingNoteStatus.Pending, ReceivedAt = now };
        note.Replace(minutes, now);
        return note;
    }

    /// <summary>Keeps the latest minutes of the meeting; a sheet already drafted is left as the coordinator edits it.</summary>
    public void Replace(MeetingMinutes minutes, DateTimeOffset now)
    {
        if (minutes.RecordedAt < MinutesAt)
        {
            return;
        }

        GroupId = minutes.GroupId;
        GroupName = minutes.GroupName;
        Title = minutes.Title;
        StartsAtUtc = minutes.StartsAtUtc;
        Minutes = minutes.Minutes;
        Themes = [.. minutes.Themes];
        AttendeeCount = minutes.AttendeeCount;
        MinutesAt = minutes.RecordedAt;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    public void MarkDrafted(Guid sheetId, DateTimeOffset now)
    {
        if (Status == MeetingNoteStatus.Drafted)
        {
            throw new ConflictException(Localized.Pick(
                $"Ce compte rendu a déjà donné la fiche méthode {SheetId} : modifiez-la plutôt (PUT /api/method-sheets/{SheetId}).",
                $"This meeting note already became method sheet {SheetId}: edit that sheet instead."));
        }

        Status = MeetingNoteStatus.Drafted;
        SheetId = sheetId;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>What a meeting held brings: the minutes in Markdown and what they are about.</summary>
internal sealed record MeetingMinutes(
    Guid GroupId,
    string GroupName,
    string Title,
    DateTimeOffset StartsAtUtc,
    string Minutes,
    IReadOnlyList<string> Themes,
    int AttendeeCount,
    DateTimeOffset RecordedAt);

internal static class MeetingNoteLimits
{
    /// <summary>Room for a meeting title or a group name as Meetings keeps them.</summary>
    public const int Text = 300;
}
