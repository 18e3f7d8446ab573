namespace CapRural.Meetings;

/// <summary>Settings of the Meetings module (section <c>Meetings</c>).</summary>
public sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    /// <summary>How many days before a planned meeting members get their reminder.</summary>
    public int ReminderDays { get; set; } = 7;
}
