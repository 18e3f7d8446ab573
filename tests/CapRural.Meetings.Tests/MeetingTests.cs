using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Tests;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2022, 4, 7, 7, 30, 0, TimeSpan.Zero);
    private static readonly Guid VenueId = Guid.NewGuid();

    private static MeetingPlan Plan(MeetingFormat format = MeetingFormat.InPerson, Guid? venueId = null, string? url = null) =>
        new("Première réunion", Start, Start.AddHours(7), format, venueId ?? (format == MeetingFormat.Remote ? null : VenueId), url, ["Tour de table"]);

    [Fact]
    public void A_remote_meeting_needs_a_link_and_an_in_person_one_a_venue()
    {
        Assert.Equal(["onlineUrl"], MeetingRules.Check(Plan(MeetingFormat.Remote)).Select(p => p.Field));
        Assert.Equal(["venueId"], MeetingRules.Check(Plan(MeetingFormat.InPerson) with { VenueId = null }).Select(p => p.Field));
        Assert.Equal(["venueId", "onlineUrl"], MeetingRules.Check(Plan(MeetingFormat.Hybrid) with { VenueId = null }).Select(p => p.Field));
        Assert.Empty(MeetingRules.Check(Plan(MeetingFormat.Hybrid, url: "https://visio.test/g")));
    }

    [Fact]
    public void A_meeting_ends_after_it_starts()
    {
        Assert.Equal(["endsAt"], MeetingRules.Check(Plan() with { EndsAt = Start }).Select(p => p.Field));
        Assert.Equal(["endsAt"], MeetingRules.Check(Plan() with { EndsAt = Start.AddMinutes(-30) }).Select(p => p.Field));
    }

    [Fact]
    public void Switching_to_remote_is_told_to_members_and_raises_the_sequence()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), Plan(), Now);
        Assert.Equal(0, meeting.Sequence);

        var tell = meeting.Change(Plan(MeetingFormat.Remote, url: "https://visio.test/g"), Now);

        Assert.True(tell);
        Assert.Equal(1, meeting.Sequence);
        Assert.Null(meeting.VenueId);
        Assert.Equal("https://visio.test/g", meeting.OnlineUrl);
    }

    [Fact]
    public void A_new_title_raises_the_sequence_without_writing_to_everyone_and_no_change_changes_nothing()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), Plan(), Now);

        Assert.False(meeting.Change(Plan() with { Title = "Réunion de lancement" }, Now));
        Assert.Equal(1, meeting.Sequence);
        Assert.False(meeting.Change(meeting.Plan, Now));
        Assert.Equal(1, meeting.Sequence);
        Assert.True(meeting.Change(meeting.Plan with { StartsAt = Start.AddDays(7), EndsAt = Start.AddDays(7).AddHours(7) }, Now));
        Assert.Equal(2, meeting.Sequence);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_change_nor_be_held()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), Plan(), Now);
        meeting.Cancel(Now);

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal(1, meeting.Sequence);
        Assert.Throws<ConflictException>(() => meeting.Change(Plan() with { Title = "Autre" }, Now));
        Assert.Throws<ConflictException>(() => meeting.Cancel(Now));
        Assert.Throws<ConflictException>(() => meeting.RecordMinutes("Compte rendu", Start.AddDays(1)));
    }

    [Fact]
    public void Minutes_come_after_the_meeting_and_mark_it_held()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), Plan(), Now);

        Assert.Throws<ConflictException>(() => meeting.RecordMinutes("Trop tôt", Start.AddMinutes(-1)));
        meeting.RecordMinutes("## Tour de table", Start.AddHours(8));

        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Throws<ConflictException>(() => meeting.Change(Plan() with { Title = "Autre" }, Now));
    }
}
