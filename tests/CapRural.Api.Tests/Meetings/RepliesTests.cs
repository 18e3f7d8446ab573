using System.Net;
using System.Net.Http.Json;
using System.Text;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.SendMeetingReminders;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>The coordinator sees who is coming; replies follow the meeting's format, dates and status.</summary>
public sealed class RepliesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        new("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
    ];

    private static string? ResponseOf(System.Text.Json.Nodes.JsonNode replies, string firstName) =>
        Assert.Single(replies["members"]!.AsArray(), m => m!["firstName"]!.GetValue<string>() == firstName)!["response"]?.GetValue<string>();

    /// <summary>Three members, a hybrid April meeting: Alix comes in person, Dorian remotely, Elsa has not answered.</summary>
    private async Task<(GroupSetup Group, Guid Venue, Guid MeetingId)> HybridMeetingAsync()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var venue = await MeetingsApi.VenueAsync(group.Coordinator, "Maison des associations", "63113");
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("hybrid", venue, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T16:30", "Réunion d'avril"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        await MeetingsApi.AnswerAsync(factory, group, "Alix", meetingId, "inPerson");
        await MeetingsApi.AnswerAsync(factory, group, "Dorian", meetingId, "remote");
        return (group, venue, meetingId);
    }

    [Fact]
    public async Task The_coordinator_reads_a_meeting_its_calendar_and_each_member_s_reply_in_json_and_csv()
    {
        var (group, _, meetingId) = await HybridMeetingAsync();

        var read = await (await group.Coordinator.GetAsync($"/api/meetings/{meetingId}")).JsonAsync();
        Assert.Equal("Réunion d'avril", read["title"]!.GetValue<string>());
        Assert.Equal(1, read["responses"]!["noAnswer"]!.GetValue<int>());
        var ics = await group.Coordinator.GetAsync($"/api/meetings/{meetingId}.ics");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("Réunion d'avril", Assert.Single(Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!.Events).Summary);

        var replies = await (await group.Coordinator.GetAsync($"/api/meetings/{meetingId}/replies")).JsonAsync();
        Assert.Equal(["Alix", "Dorian", "Elsa"], replies["members"]!.AsArray().Select(m => m!["firstName"]!.GetValue<string>()).Order());
        Assert.Equal("inPerson", ResponseOf(replies, "Alix"));
        Assert.Equal("remote", ResponseOf(replies, "Dorian"));
        Assert.Null(ResponseOf(replies, "Elsa"));
        Assert.All(replies["members"]!.AsArray(), m => Assert.Null(m!["present"]));

        var csv = await group.Coordinator.GetAsync($"/api/meetings/{meetingId}/replies.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Prénom;Nom;Structure;Secteur", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Alix;", StringComparison.Ordinal) && l.Contains(";En présentiel;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Elsa;", StringComparison.Ordinal) && l.Contains(";Sans réponse;", StringComparison.Ordinal));

        // Once attendance is recorded, the replies say who came.
        var february = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T14:00", "2026-02-12T16:00", "Réunion de février"));
        var alix = await MeetingsApi.MemberIdAsync(group, "Alix");
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PutAsJsonAsync($"/api/meetings/{february["meetingId"]}/attendance", new { present = new[] { alix } })).StatusCode);
        var after = await (await group.Coordinator.GetAsync($"/api/meetings/{february["meetingId"]}/replies")).JsonAsync();
        Assert.True(Assert.Single(after["members"]!.AsArray(), m => m!["firstName"]!.GetValue<string>() == "Alix")!["present"]!.GetValue<bool>());
        Assert.False(Assert.Single(after["members"]!.AsArray(), m => m!["firstName"]!.GetValue<string>() == "Dorian")!["present"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_the_coordinator_reads_a_meeting_and_its_replies()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T16:30"));
        var member = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        foreach (var url in new[] { $"/api/meetings/{meeting["meetingId"]}", $"/api/meetings/{meeting["meetingId"]}/replies", $"/api/meetings/{meeting["meetingId"]}/replies.csv" })
        {
            await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await reviewer.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await member.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await group.Coordinator.GetAsync($"/api/meetings/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await group.Coordinator.GetAsync($"/api/meetings/{Guid.NewGuid()}/replies")).ProblemAsync(HttpStatusCode.NotFound);
        await (await group.Coordinator.GetAsync($"/api/meetings/{Guid.NewGuid()}.ics")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_s_space_lists_their_meetings_with_their_reply_the_group_s_minutes_and_their_polls()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..2]);
        var past = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T14:00", "2026-02-12T16:00", "Réunion de février"));
        var upcoming = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T16:30", "Réunion d'avril"));
        await MeetingsApi.AnswerAsync(factory, group, "Alix", upcoming["meetingId"]!.GetValue<Guid>(), "remote");
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PutAsJsonAsync($"/api/meetings/{past["meetingId"]}/minutes", new { minutes = "## Tour de table\n\nDeux participantes." })).StatusCode);
        var poll = await group.Coordinator.PostAsJsonAsync($"/api/groups/{group.GroupId}/date-polls", new
        {
            title = "Réunion de juin",
            options = new[] { new { startsAt = "2026-06-10T09:30", durationMinutes = 180 }, new { startsAt = "2026-06-11T09:30", durationMinutes = 180 } },
        });
        Assert.Equal(HttpStatusCode.Created, poll.StatusCode);

        var space = await MeetingsApi.Member(factory, group.Tokens["Alix"]).GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, space.StatusCode);
        Assert.Contains("no-store", space.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var view = await space.JsonAsync();
        Assert.Equal(group.GroupId, view["groupId"]!.GetValue<Guid>());
        var next = Assert.Single(view["upcoming"]!.AsArray())!;
        Assert.Equal("Réunion d'avril", next["title"]!.GetValue<string>());
        Assert.Equal("remote", next["myResponse"]!.GetValue<string>());
        var held = Assert.Single(view["past"]!.AsArray())!;
        Assert.Equal("held", held["status"]!.GetValue<string>());
        Assert.Null(held["myResponse"]);
        Assert.Contains("Tour de table", Assert.Single(view["minutes"]!.AsArray())!["minutes"]!.GetValue<string>(), StringComparison.Ordinal);
        var listedPoll = Assert.Single(view["polls"]!.AsArray())!;
        Assert.Equal("Réunion de juin", listedPoll["title"]!.GetValue<string>());
        Assert.False(listedPoll["voted"]!.GetValue<bool>());
        // Dorian sees the same meetings with his own (missing) reply.
        var dorian = await (await MeetingsApi.Member(factory, group.Tokens["Dorian"]).GetAsync("/api/me")).JsonAsync();
        Assert.Null(dorian["upcoming"]![0]!["myResponse"]);

        await (await factory.CreateClient().GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await group.Coordinator.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await MeetingsApi.Member(factory, "mb_not-a-real-token").GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_the_answers_a_format_allows_are_taken_and_none_once_a_meeting_is_past()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var venue = await MeetingsApi.VenueAsync(group.Coordinator, "Maison des associations", "63113");
        var remote = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T16:30"));
        var inPerson = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("inPerson", venue, null, "2026-05-07T09:30", "2026-05-07T16:30"));
        var past = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2022-04-07T09:30", "2022-04-07T16:30"));
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);

        var refused = await (await alix.PostAsJsonAsync($"/api/meetings/{remote["meetingId"]}/rsvp", new { response = "inPerson" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("à distance", refused["errors"]!["response"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await (await alix.PostAsJsonAsync($"/api/meetings/{inPerson["meetingId"]}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var closed = await (await alix.PostAsJsonAsync($"/api/meetings/{past["meetingId"]}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("passée", closed["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await MeetingsApi.AnswerAsync(factory, group, "Alix", remote["meetingId"]!.GetValue<Guid>(), "absent");
        await MeetingsApi.AnswerAsync(factory, group, "Alix", inPerson["meetingId"]!.GetValue<Guid>(), "inPerson");

        var replies = await (await group.Coordinator.GetAsync($"/api/meetings/{past["meetingId"]}/replies")).JsonAsync();
        Assert.Null(ResponseOf(replies, "Alix"));
    }

    [Fact]
    public async Task A_switch_of_format_converts_or_clears_the_replies_it_invalidates_and_asks_those_members_again()
    {
        var (group, venue, meetingId) = await HybridMeetingAsync();
        await MeetingsApi.AnswerAsync(factory, group, "Elsa", meetingId, "absent");

        // Remote: coming in person becomes coming remotely, and no longer weighs on the venue ranking.
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { format = "remote" })).StatusCode);
        await factory.DeliverOutboxAsync();
        var replies = await (await group.Coordinator.GetAsync($"/api/meetings/{meetingId}/replies")).JsonAsync();
        Assert.Equal(["remote", "remote", "absent"], new[] { "Alix", "Dorian", "Elsa" }.Select(w => ResponseOf(replies, w)));
        Assert.Equal(0, (await (await group.Coordinator.GetAsync(
            $"/api/groups/{group.GroupId}/venue-suggestions?inPersonOnly=true&meetingId={meetingId}")).JsonAsync())["memberCount"]!.GetValue<int>());
        var alixMail = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));
        Assert.Contains("votre réponse est devenue « à distance »", alixMail.TextBody, StringComparison.Ordinal);
        var dorianMail = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Dorian")), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));
        Assert.DoesNotContain("est devenue", dorianMail.TextBody, StringComparison.Ordinal);

        // In person: a remote answer cannot be assumed to travel, so it is cleared and asked again.
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { format = "inPerson", venueId = venue })).StatusCode);
        await factory.DeliverOutboxAsync();
        replies = await (await group.Coordinator.GetAsync($"/api/meetings/{meetingId}/replies")).JsonAsync();
        Assert.Equal([null, null, "absent"], new[] { "Alix", "Dorian", "Elsa" }.Select(w => ResponseOf(replies, w)));
        Assert.Equal(2, replies["responses"]!["noAnswer"]!.GetValue<int>());
        foreach (var who in new[] { "Alix", "Dorian" })
        {
            var mail = MeetingsApi.MailsTo(factory, group.Email(who)).Where(m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, mail.Count);
            Assert.Contains(mail, m => m.TextBody!.Contains("votre réponse est effacée", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(MeetingsApi.MailsTo(factory, group.Email("Elsa")),
            m => m.TextBody!.Contains("est devenue", StringComparison.Ordinal) || m.TextBody.Contains("est effacée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_skip_members_who_declined_and_come_again_after_a_postponement()
    {
        using var host = new PlatformFactory();
        var group = await MeetingsApi.GroupAsync(host, Applicants[..2]);
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-06T10:00", "2026-03-06T12:00", "Réunion de mars"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        await MeetingsApi.AnswerAsync(host, group, "Dorian", meetingId, "absent");

        async Task RemindAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendMeetingReminders());
            await host.DeliverOutboxAsync();
        }

        List<MimeKit.MimeMessage> Reminders(string who) =>
            [.. MeetingsApi.MailsTo(host, group.Email(who)).Where(m => m.Subject!.StartsWith("Rappel :", StringComparison.Ordinal))];

        await RemindAsync();
        await RemindAsync();
        Assert.Single(Reminders("Alix"));
        Assert.Empty(Reminders("Dorian"));

        // Postponed by two days: the new date is reminded; a title change alone would not.
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { title = "Réunion de mars (bis)" })).StatusCode);
        await RemindAsync();
        Assert.Single(Reminders("Alix"));
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { startsAt = "2026-03-08T10:00" })).StatusCode);
        await RemindAsync();
        await RemindAsync();
        var reminders = Reminders("Alix");
        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, m => m.Subject!.Contains("dimanche 8 mars 2026 à 10h00", StringComparison.Ordinal));
        Assert.Empty(Reminders("Dorian"));
    }
}
