namespace CapRural.Meetings.Domain;

/// <summary>A working group, formed when its call opens; its id is the call's id.</summary>
internal sealed class WorkingGroup
{
    /// <summary>What a group without another target aims at: "3 à 4 réunions/an".</summary>
    public const int DefaultMeetingsPerYear = 4;

    private WorkingGroup()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public int MeetingsPerYear { get; private set; } = DefaultMeetingsPerYear;

    public DateOnly FirstMeetingOn { get; private set; }

    public List<string> Themes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static WorkingGroup Form(Guid callId, string name, int meetingsPerYear, DateOnly firstMeetingOn, IEnumerable<string> themes, DateTimeOffset now)
    {
        var group = new WorkingGroup { Id = callId, CreatedAt = now };
        group.Update(name, meetingsPerYear, firstMeetingOn, themes);
        return group;
    }

    public void Update(string name, int meetingsPerYear, DateOnly firstMeetingOn, IEnumerable<string> themes)
    {
        Name = name;
        MeetingsPerYear = meetingsPerYear > 0 ? meetingsPerYear : DefaultMeetingsPerYear;
        FirstMeetingOn = firstMeetingOn;
        Themes = [.. themes];
    }
}
