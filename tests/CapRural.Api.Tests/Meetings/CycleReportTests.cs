using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Knowledge;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.Knowledge.Contracts;

namespace CapRural.Api.Tests.Meetings;

/// <summary>The group's year: any year's cycle, meetings left to close, and the report for the board.</summary>
public sealed class CycleReportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_cycle_of_any_year_flags_meetings_to_close_and_the_report_gives_attendance_venues_and_distances()
    {
        var group = await MeetingsApi.GroupAsync(factory,
        [
            new("Alix", "socialAction", "63430", "CCAS de Thiers"),
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        ]);
        var coordinator = group.Coordinator;
        var clermont = await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        var old = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2022-04-07T09:30", "2022-04-07T16:30", "Première réunion"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/meetings/{old["meetingId"]}/minutes", new { minutes = "Lancement." })).StatusCode);
        var held = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("inPerson", clermont, null, "2026-02-12T09:30", "2026-02-12T16:30", "Réunion de février"));
        await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-26T09:30", "2026-02-26T12:00", "Réunion | fin février"));
        await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T12:00", "Réunion d'avril"));
        var present = new[] { await MeetingsApi.MemberIdAsync(group, "Alix"), await MeetingsApi.MemberIdAsync(group, "Dorian") };
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/meetings/{held["meetingId"]}/attendance", new { present })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/meetings/{held["meetingId"]}/minutes", new { minutes = "- [ ] Carte des services" })).StatusCode);

        var thisYear = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}")).JsonAsync())["thisYear"]!;
        Assert.Equal([2026, 4, 1, 2, 0, 1], new[] { "year", "target", "held", "planned", "cancelled", "toClose" }.Select(k => thisYear[k]!.GetValue<int>()));
        var y2022 = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}?year=2022")).JsonAsync())["thisYear"]!;
        Assert.Equal([2022, 1, 0, 0], new[] { "year", "held", "planned", "toClose" }.Select(k => y2022[k]!.GetValue<int>()));
        var wrongYear = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}?year=1900")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(wrongYear["errors"]!["year"]);

        var report = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report?year=2026")).JsonAsync();
        var meetings = report["meetings"]!.AsArray();
        Assert.Equal(["Réunion de février", "Réunion | fin février", "Réunion d'avril"], meetings.Select(m => m!["title"]!.GetValue<string>()));
        var february = meetings[0]!;
        Assert.Equal(2, february["present"]!.GetValue<int>());
        Assert.Equal(1, february["presentSocialAction"]!.GetValue<int>());
        Assert.Equal("Maison des associations", february["venueName"]!.GetValue<string>());
        // Thiers and Lyon to Clermont-Ferrand, as the crow flies: about 37 and 136 km.
        Assert.InRange(february["totalKm"]!.GetValue<double>(), 160, 190);
        Assert.InRange(february["maxKm"]!.GetValue<double>(), 125, 145);
        Assert.Equal(1, february["openActionItems"]!.GetValue<int>());
        Assert.True(meetings[1]!["toClose"]!.GetValue<bool>());
        Assert.Null(meetings[1]!["present"]);
        Assert.Null(meetings[2]!["totalKm"]);
        Assert.False(meetings[2]!["toClose"]!.GetValue<bool>());
        Assert.Equal(1, report["attendanceBySector"]!["localDevelopment"]!.GetValue<int>());
        Assert.Equal(1, report["minutesRecorded"]!.GetValue<int>());

        var document = await coordinator.GetAsync($"/api/groups/{group.GroupId}/report.md?year=2026");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("text/markdown", document.Content.Headers.ContentType!.MediaType);
        var markdown = await document.Content.ReadAsStringAsync();
        Assert.StartsWith("# Bilan 2026 — Mailler les ingénieries", markdown, StringComparison.Ordinal);
        Assert.Contains("Réunions tenues : **1** sur un objectif de 4", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-02-26 09:30 | Réunion \\| fin février | à clôturer |", markdown, StringComparison.Ordinal);
        Assert.Contains("Maison des associations (Clermont-Ferrand)", markdown, StringComparison.Ordinal);
        Assert.Contains("# Bilan 2022", await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report.md?year=2022")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await (await factory.CreateClient().GetAsync($"/api/groups/{group.GroupId}/report")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).GetAsync($"/api/groups/{group.GroupId}/report.md")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync($"/api/groups/{Guid.NewGuid()}/report")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_lists_the_sheets_published_from_the_groups_minutes_in_the_year_and_an_archived_one_leaves_it()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var meetingId = (await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T09:30", "2026-02-12T12:00", "Réunion de février")))["meetingId"]!.GetValue<Guid>();
        var other = await MeetingsApi.GroupAsync(factory, [new("Dorian", "localDevelopment", "69123", "Métropole de Lyon")]);
        var otherMeetingId = (await MeetingsApi.PlanAsync(other.Coordinator, other.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/h", "2026-02-19T09:30", "2026-02-19T12:00")))["meetingId"]!.GetValue<Guid>();

        var (kept, _) = await KnowledgeApi.PublishNewAsync(coordinator, Sourced(KnowledgeApi.SheetBody("Aller vers les publics isolés"), meetingId));
        var (archived, _) = await KnowledgeApi.PublishNewAsync(coordinator, Sourced(KnowledgeApi.SheetBody("Cartographier les services"), meetingId));
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Une fiche sans réunion"));
        await KnowledgeApi.PublishNewAsync(coordinator, Sourced(KnowledgeApi.SheetBody("La fiche d'un autre groupe"), otherMeetingId));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/method-sheets/{archived}/archive", null)).StatusCode);
        await factory.DeliverOutboxAsync();

        var report = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report?year=2026")).JsonAsync();
        Assert.Equal(1, report["sheetsProduced"]!.GetValue<int>());
        var sheet = Assert.Single(report["sheets"]!.AsArray())!;
        Assert.Equal(kept, sheet["sheetId"]!.GetValue<Guid>());
        Assert.Equal("Aller vers les publics isolés", sheet["title"]!.GetValue<string>());
        Assert.Equal(meetingId, sheet["meetingId"]!.GetValue<Guid>());
        Assert.StartsWith("2026-", sheet["publishedAt"]!.GetValue<string>(), StringComparison.Ordinal);
        var markdown = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report.md?year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("Fiches méthode produites : 1", markdown, StringComparison.Ordinal);
        Assert.Contains("- Aller vers les publics isolés (publiée le 2026-", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Cartographier les services", markdown, StringComparison.Ordinal);
        Assert.Equal(0, (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report?year=2025")).JsonAsync())["sheetsProduced"]!.GetValue<int>());
        var others = await (await coordinator.GetAsync($"/api/groups/{other.GroupId}/report?year=2026")).JsonAsync();
        Assert.Equal(["La fiche d'un autre groupe"], others["sheets"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()));

        // Delivered twice, the publication still counts once, and the archive still holds.
        await MeetingNotesApi.RedeliverAsync<MethodSheetPublished>(factory, "knowledge", e => e.SheetId == kept || e.SheetId == archived);
        Assert.Equal(1, (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/report?year=2026")).JsonAsync())["sheetsProduced"]!.GetValue<int>());
    }

    private static System.Text.Json.Nodes.JsonObject Sourced(System.Text.Json.Nodes.JsonObject body, Guid meetingId)
    {
        body["sourceMeetingId"] = meetingId;
        return body;
    }
}
