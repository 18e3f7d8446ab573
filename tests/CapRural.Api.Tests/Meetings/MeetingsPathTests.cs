using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>The group's year as the coordinator and the members live it: roster, venue, invitations, a switch to remote, replies.</summary>
public sealed class MeetingsPathTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        new("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
        new("Fanny", "socialAction", "74010", "Ville d'Annecy"),
    ];

    [Fact]
    public async Task A_group_plans_its_first_meeting_at_the_most_central_venue_switches_it_to_remote_and_members_answer()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;

        // The group was formed from its call, and every confirmed participant is on the roster with a welcome mail.
        var view = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}")).JsonAsync();
        Assert.Equal("Mailler les ingénieries de l'action sociale et du développement local", view["name"]!.GetValue<string>());
        Assert.Equal(4, view["meetingsPerYear"]!.GetValue<int>());
        Assert.Equal(4, view["memberCount"]!.GetValue<int>());
        var listed = await (await coordinator.GetAsync("/api/groups")).JsonAsync();
        Assert.Contains(listed["items"]!.AsArray(), g => g!["groupId"]!.GetValue<Guid>() == group.GroupId);
        var members = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        Assert.Equal(["Alix", "Dorian", "Elsa", "Fanny"], members.Select(m => m!["firstName"]!.GetValue<string>()).Order());
        var dorian = Assert.Single(members, m => m!["firstName"]!.GetValue<string>() == "Dorian")!;
        Assert.Equal("Métropole de Lyon", dorian["organisation"]!.GetValue<string>());
        Assert.Equal("localDevelopment", dorian["sector"]!.GetValue<string>());
        Assert.Equal("69123", dorian["communeCode"]!.GetValue<string>());
        Assert.Equal(4, group.Tokens.Count);

        // Three real places of the region: the ranking puts the one that costs the group the fewest kilometres first.
        var clermont = await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        await MeetingsApi.VenueAsync(coordinator, "Salle des fêtes", "74010");
        await MeetingsApi.VenueAsync(coordinator, "Espace Lyon Confluence", "69123");
        Assert.Equal(3, (await (await coordinator.GetAsync("/api/venues")).JsonAsync()).AsArray().Count);
        var venues = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/venue-suggestions?candidates=venues")).JsonAsync();
        var items = venues["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        var totals = items.Select(i => i!["totalKm"]!.GetValue<double>()).ToList();
        Assert.Equal(totals.Order(), totals);
        foreach (var item in items)
        {
            var distances = item!["members"]!.AsArray().Select(m => m!["km"]!.GetValue<double>()).ToList();
            Assert.Equal(4, distances.Count);
            Assert.Equal(distances.Sum(), item["totalKm"]!.GetValue<double>(), 0);
            Assert.Equal(distances.Max(), item["maxKm"]!.GetValue<double>(), 1);
            Assert.Equal(2, item["bySector"]!["socialAction"]!["members"]!.GetValue<int>());
        }

        Assert.Equal("Espace Lyon Confluence", items[0]!["name"]!.GetValue<string>());
        Assert.NotNull(venues["geometricMedian"]!["nearestCommune"]!["name"]);

        var communes = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/venue-suggestions?candidates=communes&top=5")).JsonAsync();
        Assert.Equal(5, communes["items"]!.AsArray().Count);
        Assert.All(communes["items"]!.AsArray(), c => Assert.Null(c!["venueId"]));
        Assert.True(communes["items"]![0]!["totalKm"]!.GetValue<double>() <= totals[0]);

        // Planning the next meeting: 9 April 2026, 9:30 in Paris, hybrid at the Clermont venue (replies close once a meeting starts).
        var planned = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("hybrid", clermont, "https://visio.test/mailler", "2026-04-09T09:30", "2026-04-09T16:30"));
        var meetingId = planned["meetingId"]!.GetValue<Guid>();
        Assert.Equal("2026-04-09T09:30", planned["startsAt"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 4, 9, 7, 30, 0, TimeSpan.Zero), planned["startsAtUtc"]!.GetValue<DateTimeOffset>());
        Assert.Equal("planned", planned["status"]!.GetValue<string>());
        await factory.DeliverOutboxAsync();
        foreach (var who in group.Tokens.Keys)
        {
            var invitation = Assert.Single(MeetingsApi.MailsTo(factory, group.Email(who)), m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal));
            Assert.Contains("jeudi 9 avril 2026 à 09h30", invitation.Subject, StringComparison.Ordinal);
            Assert.Contains("Maison des associations", invitation.TextBody, StringComparison.Ordinal);
            var calendar = MeetingsApi.Invitation(invitation);
            Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
            var vevent = Assert.Single(calendar.Events);
            Assert.Equal(0, vevent.Sequence);
            Assert.Equal("Europe/Paris", vevent.DtStart!.TzId);
            Assert.Equal(new DateTime(2026, 4, 9, 7, 30, 0, DateTimeKind.Utc), vevent.DtStart.AsUtc);
        }

        var uid = Assert.Single(MeetingsApi.Invitation(MeetingsApi.MailsTo(factory, group.Email("Alix")).Single(m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal))).Events).Uid;

        // Members answer with their token, and may change their mind.
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        Assert.Equal(HttpStatusCode.OK, (await alix.PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "inPerson" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.Member(factory, group.Tokens["Dorian"]).PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "remote" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.Member(factory, group.Tokens["Fanny"]).PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "inPerson" })).StatusCode);
        var changedMind = await (await alix.PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "absent" })).JsonAsync();
        Assert.Equal("absent", changedMind["response"]!.GetValue<string>());
        var counts = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync())[0]!["responses"]!;
        Assert.Equal(1, counts["inPerson"]!.GetValue<int>());
        Assert.Equal(1, counts["remote"]!.GetValue<int>());
        Assert.Equal(1, counts["absent"]!.GetValue<int>());
        Assert.Equal(1, counts["noAnswer"]!.GetValue<int>());

        // Only Fanny comes in person: the most central place for this meeting is hers.
        var inPerson = await (await coordinator.GetAsync(
            $"/api/groups/{group.GroupId}/venue-suggestions?candidates=venues&inPersonOnly=true&meetingId={meetingId}")).JsonAsync();
        Assert.Equal(1, inPerson["memberCount"]!.GetValue<int>());
        Assert.Equal("Salle des fêtes", inPerson["items"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(0, inPerson["items"]![0]!["totalKm"]!.GetValue<double>());

        // The member's own .ics of the meeting.
        var ics = await alix.GetAsync($"/api/meetings/{meetingId}.ics");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        Assert.Equal(uid, Assert.Single(Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!.Events).Uid);

        // Sanitary conditions: the meeting goes remote. Everyone is told, with the updated invitation.
        var remote = await coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { format = "remote", onlineUrl = "https://visio.test/mailler-2" });
        Assert.Equal(HttpStatusCode.OK, remote.StatusCode);
        var remoteView = await remote.JsonAsync();
        Assert.Equal("remote", remoteView["format"]!.GetValue<string>());
        Assert.Null(remoteView["venueId"]);
        Assert.Equal(1, remoteView["sequence"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        foreach (var who in group.Tokens.Keys)
        {
            var change = Assert.Single(MeetingsApi.MailsTo(factory, group.Email(who)), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));
            Assert.Contains("à distance", change.TextBody, StringComparison.Ordinal);
            Assert.Contains("https://visio.test/mailler-2", change.TextBody, StringComparison.Ordinal);
            var vevent = Assert.Single(MeetingsApi.Invitation(change).Events);
            Assert.Equal(uid, vevent.Uid);
            Assert.Equal(1, vevent.Sequence);
        }

        // A new title raises the sequence but writes to no one.
        var mailsBefore = factory.Mails().Count;
        var retitled = await (await coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { title = "Lancement du groupe" })).JsonAsync();
        Assert.Equal(2, retitled["sequence"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(mailsBefore, factory.Mails().Count);

        // Moving only the start keeps the duration and is told.
        var moved = await (await coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { startsAt = "2026-04-16T09:30" })).JsonAsync();
        Assert.Equal("2026-04-16T16:30", moved["endsAt"]!.GetValue<string>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(2, MeetingsApi.MailsTo(factory, group.Email("Elsa")).Count(m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal)));

        // Cancelled: members are told, the calendar entry says so, replies stop.
        var cancelled = await (await coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { status = "cancelled" })).JsonAsync();
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        await factory.DeliverOutboxAsync();
        var cancellation = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Dorian")), m => m.Subject!.StartsWith("Annulation :", StringComparison.Ordinal));
        var cancelledEvent = Assert.Single(MeetingsApi.Invitation(cancellation).Events);
        Assert.Equal("CANCELLED", cancelledEvent.Status);
        Assert.Equal(uid, cancelledEvent.Uid);
        await (await alix.PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { title = "Trop tard" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Minutes_mark_a_meeting_held_and_are_handed_to_knowledge_and_the_year_counts_against_the_target()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..2]);
        var coordinator = group.Coordinator;

        var june = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/juin", "2026-02-12T14:00", "2026-02-12T16:00", "Réunion de février"));
        await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/juin", "2026-06-11T14:00", "2026-06-11T16:00", "Réunion de juin"));
        var meetingId = june["meetingId"]!.GetValue<Guid>();

        var held = await coordinator.PutAsJsonAsync($"/api/meetings/{meetingId}/minutes",
            new { minutes = "## Tour de table\n\nDeux participant·es.", themes = new[] { "aller-vers" } });
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal("held", (await held.JsonAsync())["status"]!.GetValue<string>());

        var year = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}")).JsonAsync())["thisYear"]!;
        Assert.Equal(2026, year["year"]!.GetValue<int>());
        Assert.Equal(4, year["target"]!.GetValue<int>());
        Assert.Equal(1, year["held"]!.GetValue<int>());
        Assert.Equal(1, year["planned"]!.GetValue<int>());

        var events = await factory.OutboxAsync("meetings");
        var heldEvent = Assert.Single(events, e => e.Name == "meetings.meeting-held.v1" && e.Payload.Contains(meetingId.ToString(), StringComparison.Ordinal));
        Assert.Contains("Tour de table", heldEvent.Payload, StringComparison.Ordinal);
        Assert.Contains("aller-vers", heldEvent.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_erased_person_leaves_the_roster_with_their_answers()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..2]);
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-05-05T10:00", "2026-05-05T12:00"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        Assert.Equal(HttpStatusCode.OK, (await alix.PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "remote" })).StatusCode);

        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        Assert.Equal(2, members.Count);

        var erased = await group.Coordinator.DeleteAsync($"/api/applications/{group.Applications["Alix"]}");
        Assert.True(erased.IsSuccessStatusCode, await erased.Content.ReadAsStringAsync());
        await factory.DeliverOutboxAsync();

        var after = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        Assert.Equal(["Dorian"], after.Select(m => m!["firstName"]!.GetValue<string>()));
        var counts = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync())[0]!["responses"]!;
        Assert.Equal(0, counts["remote"]!.GetValue<int>());
        await (await alix.PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
