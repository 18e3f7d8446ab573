using System.Net;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A meeting held becomes a compte rendu the coordinator turns, once, into a method sheet draft.</summary>
public sealed class MeetingNotesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Minutes = "## Tour de table\n\nHuit participant·es, dont trois à distance.\n\n## Aller-vers\n\n1. Repérer les publics isolés\n2. Aller à leur rencontre";

    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
    ];

    [Fact]
    public async Task A_meeting_held_becomes_a_compte_rendu_then_one_method_sheet_draft_carrying_its_minutes()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;
        var groupName = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}")).JsonAsync()).Text("name");
        var meetingId = (await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/aller-vers", title: "Réunion sur l'aller-vers")))["meetingId"]!.GetValue<Guid>();
        await MeetingNotesApi.RecordMinutesAsync(coordinator, meetingId, Minutes, "mobilite", "aller-vers");
        await factory.DeliverOutboxAsync();

        // The coordinator finds the compte rendu waiting, with the minutes and themes of the meeting.
        var note = Assert.Single(await MeetingNotesApi.NotesOfAsync(coordinator, meetingId, "pending"));
        Assert.Equal("Réunion sur l'aller-vers", note.Text("title"));
        Assert.Equal(groupName, note.Text("groupName"));
        Assert.Equal(group.GroupId, note["groupId"]!.GetValue<Guid>());
        Assert.Equal(Minutes, note.Text("minutes"));
        Assert.Equal(["mobilite", "aller-vers"], note["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("pending", note.Text("status"));
        Assert.Null(note["sheetId"]);
        var noteId = note["noteId"]!.GetValue<Guid>();

        // One call turns it into a sheet draft: the minutes as body, the meeting as source, the themes in the call's spelling.
        var drafted = await coordinator.PostAsync($"/api/meeting-notes/{noteId}/draft-sheet", null);
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var sheet = await drafted.JsonAsync();
        Assert.Equal($"/api/method-sheets/{sheet.Id()}", drafted.Headers.Location!.OriginalString);
        Assert.Equal("draft", sheet.Text("status"));
        Assert.Equal("Réunion sur l'aller-vers", sheet.Text("title"));
        Assert.Equal(Minutes, sheet.Text("body"));
        Assert.Equal(meetingId, sheet["sourceMeetingId"]!.GetValue<Guid>());
        Assert.Equal(["mobilité", "aller-vers"], sheet["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([groupName], sheet["authors"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("CC BY-SA 4.0", sheet.Text("licence"));
        Assert.Contains("7 avril 2022", sheet.Text("summary"), StringComparison.Ordinal);
        var stored = await (await coordinator.GetAsync($"/api/method-sheets/{sheet.Id()}")).JsonAsync();
        Assert.Equal(Minutes, stored.Text("body"));
        Assert.Equal(meetingId, stored["sourceMeetingId"]!.GetValue<Guid>());

        // The note is marked as turned, and a second call is refused: the sheet is edited instead.
        var turned = Assert.Single(await MeetingNotesApi.NotesOfAsync(coordinator, meetingId, "drafted"));
        Assert.Equal(sheet.Id(), turned["sheetId"]!.GetValue<Guid>());
        Assert.Empty(await MeetingNotesApi.NotesOfAsync(coordinator, meetingId, "pending"));
        var again = await coordinator.PostAsync($"/api/meeting-notes/{noteId}/draft-sheet", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("déjà", (await again.JsonAsync()).Text("detail"), StringComparison.Ordinal);
        var drafts = await (await coordinator.GetAsync("/api/method-sheets?status=draft&pageSize=100")).JsonAsync();
        Assert.Single(drafts["items"]!.AsArray(), s => s!["sourceMeetingId"]?.GetValue<Guid>() == meetingId);

        // The sheet goes through review like any other.
        var published = await KnowledgeApi.ReviewAndPublishAsync(coordinator, sheet.Id());
        Assert.Equal(1, published["publishedRevision"]!.GetValue<int>());
    }

    [Fact]
    public async Task Redelivered_or_corrected_minutes_keep_a_single_compte_rendu_with_the_latest_text()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;
        var meetingId = (await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/bilan", title: "Bilan de l'année")))["meetingId"]!.GetValue<Guid>();
        await MeetingNotesApi.RecordMinutesAsync(coordinator, meetingId, "Première version.", "culture");
        await factory.DeliverOutboxAsync();
        await MeetingNotesApi.RedeliverMeetingHeldAsync(factory, meetingId);
        Assert.Equal("Première version.", Assert.Single(await MeetingNotesApi.NotesOfAsync(coordinator, meetingId)).Text("minutes"));

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await MeetingNotesApi.RecordMinutesAsync(coordinator, meetingId, "Version corrigée.", "culture");
        await factory.DeliverOutboxAsync();
        await MeetingNotesApi.RedeliverMeetingHeldAsync(factory, meetingId);

        var note = Assert.Single(await MeetingNotesApi.NotesOfAsync(coordinator, meetingId));
        Assert.Equal("Version corrigée.", note.Text("minutes"));
        Assert.Equal("pending", note.Text("status"));
    }

    [Fact]
    public async Task Only_the_coordinator_sees_and_turns_comptes_rendus()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = factory.CreateClient();
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        var unknown = Guid.NewGuid();
        HttpRequestMessage[] Requests() =>
        [
            new(HttpMethod.Get, "/api/meeting-notes"),
            new(HttpMethod.Get, "/api/meeting-notes?status=pending"),
            new(HttpMethod.Post, $"/api/meeting-notes/{unknown}/draft-sheet"),
        ];

        foreach (var request in Requests())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
        }

        foreach (var client in new[] { reviewer, partner })
        {
            foreach (var request in Requests())
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/meeting-notes/{unknown}/draft-sheet", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await coordinator.GetAsync("/api/meeting-notes?status=inconnu")).StatusCode);
    }
}
