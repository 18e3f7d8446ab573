using CapRural.BuildingBlocks.Errors;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Tests;

public sealed class MeetingNoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static MeetingMinutes Minutes(string text, DateTimeOffset recordedAt, string title = "Réunion de printemps", params string[] themes) =>
        new(Guid.NewGuid(), "Mailler les ingénieries", title, new DateTimeOffset(2022, 4, 7, 7, 30, 0, TimeSpan.Zero), text, themes, 8, recordedAt);

    [Fact]
    public void Corrected_minutes_replace_earlier_ones_but_never_the_other_way_round()
    {
        var note = MeetingNote.Received(Guid.NewGuid(), Minutes("Première version.", Now), Now);
        note.Replace(Minutes("Version corrigée.", Now.AddHours(1)), Now.AddHours(1));
        note.Replace(Minutes("Première version.", Now), Now.AddHours(2));
        Assert.Equal("Version corrigée.", note.Minutes);
        Assert.Equal(MeetingNoteStatus.Pending, note.Status);
    }

    [Fact]
    public void A_note_becomes_one_sheet_only()
    {
        var note = MeetingNote.Received(Guid.NewGuid(), Minutes("Compte rendu.", Now), Now);
        var sheetId = Guid.NewGuid();
        note.MarkDrafted(sheetId, Now);
        Assert.Equal(MeetingNoteStatus.Drafted, note.Status);
        Assert.Equal(sheetId, note.SheetId);
        Assert.Throws<ConflictException>(() => note.MarkDrafted(Guid.NewGuid(), Now));
        Assert.Equal(sheetId, note.SheetId);
    }

    [Fact]
    public void The_sheet_draft_takes_the_minutes_the_meeting_and_themes_in_the_calls_spelling_within_the_sheet_limits()
    {
        var meetingId = Guid.NewGuid();
        var longTitle = new string('r', SheetRules.TitleMax + 50);
        var note = MeetingNote.Received(meetingId, Minutes("## Tour de table", Now, longTitle, "Mobilite", "aller-vers", "mobilité"), Now);
        var content = MeetingNoteSheet.Content(note);
        Assert.Equal(SheetRules.TitleMax, content.Title.Length);
        Assert.Equal("## Tour de table", content.Body);
        Assert.Equal(["mobilité", "aller-vers"], content.Themes);
        Assert.Equal(["Mailler les ingénieries"], content.Authors);
        Assert.Equal(SheetRules.DefaultLicence, content.Licence);
        Assert.Equal(meetingId, content.SourceMeetingId);
        Assert.Contains("7 avril 2022", content.Summary, StringComparison.Ordinal);
    }
}
