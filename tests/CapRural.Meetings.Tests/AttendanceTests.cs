using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class AttendanceTests
{
    private static readonly DateTimeOffset Start = new(2022, 4, 7, 7, 30, 0, TimeSpan.Zero);

    private static Meeting Planned() => Meeting.Schedule(Guid.NewGuid(),
        new MeetingPlan("Première réunion", Start, Start.AddHours(7), MeetingFormat.Remote, null, "https://visio.test/g", []), Start.AddDays(-30));

    [Fact]
    public void Attendance_is_recorded_once_per_person_and_can_be_corrected()
    {
        var meeting = Planned();
        var alix = Guid.NewGuid();
        var dorian = Guid.NewGuid();
        meeting.RecordAttendance([alix, alix, dorian], Start.AddHours(8));
        Assert.Equal([alix, dorian], meeting.Present);
        meeting.RecordAttendance([dorian], Start.AddDays(1));
        Assert.Equal([dorian], meeting.Present);
        Assert.Equal(Start.AddDays(1), meeting.AttendanceRecordedAt);
    }

    [Fact]
    public void Nobody_attends_a_meeting_that_has_not_started_or_was_cancelled()
    {
        var meeting = Planned();
        Assert.Throws<ConflictException>(() => meeting.RecordAttendance([], Start.AddMinutes(-1)));
        meeting.Cancel(Start.AddDays(-1));
        Assert.Throws<ConflictException>(() => meeting.RecordAttendance([], Start.AddHours(8)));
        Assert.Null(meeting.AttendanceRecordedAt);
    }
}
