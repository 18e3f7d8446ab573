using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.RemindPollDeadlines;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>"À discuter": the coordinator proposes dates, members vote, closing picks a date and plans the meeting.</summary>
public sealed class DatePollTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        new("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
    ];

    private static object Poll(params string[] starts) => new
    {
        title = "Réunion de juin",
        options = starts.Select(s => new { startsAt = s, durationMinutes = 180 }).ToArray(),
    };

    private static async Task<JsonNode> OpenAsync(GroupSetup group, params string[] starts)
    {
        var opened = await group.Coordinator.PostAsJsonAsync($"/api/groups/{group.GroupId}/date-polls", Poll(starts));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return await opened.JsonAsync();
    }

    private static Guid OptionAt(JsonNode poll, string startsAt) =>
        Assert.Single(poll["options"]!.AsArray(), o => o!["startsAt"]!.GetValue<string>() == startsAt)!["optionId"]!.GetValue<Guid>();

    [Fact]
    public async Task Members_vote_the_results_rank_dates_and_closing_plans_the_meeting()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var poll = await OpenAsync(group, "2026-06-16T09:30", "2026-06-23T14:00", "2026-06-30T09:30");
        var pollId = poll["pollId"]!.GetValue<Guid>();
        Assert.Equal("open", poll["status"]!.GetValue<string>());
        var first = OptionAt(poll, "2026-06-16T09:30");
        var second = OptionAt(poll, "2026-06-23T14:00");
        var third = OptionAt(poll, "2026-06-30T09:30");
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 7, 30, 0, TimeSpan.Zero), poll["options"]![0]!["startsAtUtc"]!.GetValue<DateTimeOffset>());
        Assert.Equal("2026-06-16T12:30", poll["options"]![0]!["endsAt"]!.GetValue<string>());

        await factory.DeliverOutboxAsync();
        var mail = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Sondage de dates", StringComparison.Ordinal));
        Assert.Contains($"/groupes/sondages/{pollId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("mardi 16 juin 2026 à 09h30, jusqu'à 12h30", mail.TextBody, StringComparison.Ordinal);
        // In English too, in the one layout every e-mail shares (its signature once, after both languages).
        Assert.Equal("Sondage de dates : Réunion de juin / Date poll", mail.Subject);
        Assert.Contains("Hello Alix,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tuesday 16 June 2026 at 09:30, until 12:30", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tuesday 16 June 2026 at 09:30", mail.HtmlBody, StringComparison.Ordinal);
        Assert.True(mail.TextBody!.IndexOf("Hello Alix", StringComparison.Ordinal) < mail.TextBody.IndexOf("L'équipe de Cap Rural", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(mail.TextBody!, "L'équipe de Cap Rural"));
        Assert.DoesNotContain("closes on", mail.TextBody, StringComparison.Ordinal);

        async Task Vote(string who, object votes) => Assert.Equal(HttpStatusCode.OK,
            (await MeetingsApi.Member(factory, group.Tokens[who]).PostAsJsonAsync($"/api/date-polls/{pollId}/votes", new { votes })).StatusCode);

        // The second date gets the most points but only local development can come; the third as many points less one, both sectors.
        await Vote("Alix", new Dictionary<Guid, string> { [first] = "no", [second] = "no", [third] = "ifNeeded" });
        await Vote("Dorian", new Dictionary<Guid, string> { [first] = "no", [second] = "yes", [third] = "yes" });
        await Vote("Elsa", new Dictionary<Guid, string> { [first] = "yes", [second] = "yes", [third] = "no" });
        // A changed mind: Elsa can come to the third date after all.
        await Vote("Elsa", new Dictionary<Guid, string> { [third] = "ifNeeded" });

        var results = await (await group.Coordinator.GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        var ranked = results["results"]!.AsArray();
        Assert.Equal([third, second, first], ranked.Select(r => r!["optionId"]!.GetValue<Guid>()));
        Assert.Equal(4, ranked[0]!["score"]!.GetValue<int>());
        Assert.True(ranked[0]!["bothSectors"]!.GetValue<bool>());
        Assert.Equal(2, ranked[0]!["ifNeeded"]!.GetValue<int>());
        Assert.False(ranked[1]!["bothSectors"]!.GetValue<bool>());
        var mine = await (await MeetingsApi.Member(factory, group.Tokens["Elsa"]).GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        Assert.Equal("ifNeeded", mine["myVotes"]![third.ToString()]!.GetValue<string>());

        var closed = await group.Coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close",
            new { optionId = third, planMeeting = new { format = "remote", onlineUrl = "https://visio.test/juin" } });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var closedPoll = await closed.JsonAsync();
        Assert.Equal("closed", closedPoll["status"]!.GetValue<string>());
        Assert.Equal(third, closedPoll["chosenOptionId"]!.GetValue<Guid>());
        var meetingId = closedPoll["meetingId"]!.GetValue<Guid>();

        var meetings = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync()).AsArray();
        var meeting = Assert.Single(meetings)!;
        Assert.Equal(meetingId, meeting["meetingId"]!.GetValue<Guid>());
        Assert.Equal("Réunion de juin", meeting["title"]!.GetValue<string>());
        Assert.Equal("2026-06-30T09:30", meeting["startsAt"]!.GetValue<string>());
        Assert.Equal("2026-06-30T12:30", meeting["endsAt"]!.GetValue<string>());
        await factory.DeliverOutboxAsync();
        Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Dorian")), m => m.Subject!.StartsWith("Invitation : Réunion de juin", StringComparison.Ordinal));

        await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).PostAsJsonAsync($"/api/date-polls/{pollId}/votes",
            new { votes = new Dictionary<Guid, string> { [first] = "yes" } })).ProblemAsync(HttpStatusCode.Conflict);
        await (await group.Coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close", new { optionId = first })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_poll_needs_distinct_existing_dates_and_closing_with_a_bad_plan_changes_nothing()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var url = $"/api/groups/{group.GroupId}/date-polls";
        var coordinator = group.Coordinator;

        var single = await (await coordinator.PostAsJsonAsync(url, Poll("2026-06-16T09:30"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("au moins deux dates", single["errors"]!["options"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var twice = await (await coordinator.PostAsJsonAsync(url, Poll("2026-06-16T09:30", "2026-06-16T09:30"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("différente", twice["errors"]!["options"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        // 29 March 2026: Paris clocks jump from 2:00 to 3:00.
        var skipped = await (await coordinator.PostAsJsonAsync(url, Poll("2026-03-29T02:30", "2026-04-02T09:30"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(skipped["errors"]!.AsObject(), e => e.Key.EndsWith("startsAt", StringComparison.OrdinalIgnoreCase)
            && e.Value![0]!.GetValue<string>().Contains("n'existe pas à Paris", StringComparison.Ordinal));
        await (await coordinator.PostAsJsonAsync(url, new { title = "", options = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.PostAsJsonAsync($"/api/groups/{Guid.NewGuid()}/date-polls", Poll("2026-06-16T09:30", "2026-06-23T09:30"))).ProblemAsync(HttpStatusCode.NotFound);

        var poll = await OpenAsync(group, "2026-06-16T09:30", "2026-06-23T09:30");
        var pollId = poll["pollId"]!.GetValue<Guid>();
        var first = OptionAt(poll, "2026-06-16T09:30");
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        var unknown = Guid.NewGuid();
        var badVote = await (await alix.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", new { votes = new Dictionary<Guid, string> { [unknown] = "yes" } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(unknown.ToString(), badVote["errors"]!["votes"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await alix.PostAsJsonAsync($"/api/date-polls/{pollId}/votes",
            new { votes = new Dictionary<Guid, string> { [first] = "maybe" } })).StatusCode);

        var remoteWithoutLink = await (await coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close",
            new { optionId = first, planMeeting = new { format = "remote" } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(remoteWithoutLink["errors"]!["onlineUrl"]);
        await (await coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close", new { optionId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var still = await (await coordinator.GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        Assert.Equal("open", still["status"]!.GetValue<string>());
        Assert.Empty((await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync()).AsArray());

        var closed = await (await coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close", new { optionId = first })).JsonAsync();
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Null(closed["meetingId"]);
    }

    [Fact]
    public async Task Only_the_coordinator_runs_a_poll_and_only_the_group_s_members_see_and_vote()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var other = await MeetingsApi.GroupAsync(factory, Applicants[1..2]);
        var poll = await OpenAsync(group, "2026-06-16T09:30", "2026-06-23T09:30");
        var pollId = poll["pollId"]!.GetValue<Guid>();
        var first = OptionAt(poll, "2026-06-16T09:30");
        var anonymous = factory.CreateClient();
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        var member = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        var stranger = MeetingsApi.Member(factory, other.Tokens["Dorian"]);
        var open = $"/api/groups/{group.GroupId}/date-polls";
        var body = Poll("2026-06-16T09:30", "2026-06-23T09:30");
        var vote = new { votes = new Dictionary<Guid, string> { [first] = "yes" } };

        await (await anonymous.PostAsJsonAsync(open, body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.PostAsJsonAsync(open, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.PostAsJsonAsync(open, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync(open, body)).ProblemAsync(HttpStatusCode.Forbidden);

        await (await anonymous.GetAsync($"/api/date-polls/{pollId}")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.GetAsync($"/api/date-polls/{pollId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.GetAsync($"/api/date-polls/{pollId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.GetAsync($"/api/date-polls/{pollId}")).ProblemAsync(HttpStatusCode.NotFound);

        await (await anonymous.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", vote)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", vote)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await group.Coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", vote)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", vote)).ProblemAsync(HttpStatusCode.NotFound);

        var close = new { optionId = first };
        await (await anonymous.PostAsJsonAsync($"/api/date-polls/{pollId}/close", close)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await partner.PostAsJsonAsync($"/api/date-polls/{pollId}/close", close)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"/api/date-polls/{pollId}/close", close)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await member.PostAsJsonAsync($"/api/date-polls/{pollId}/votes", vote)).StatusCode);
        var seen = await (await member.GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        Assert.Equal("open", seen["status"]!.GetValue<string>());
        Assert.Equal(1, seen["results"]![0]!["yes"]!.GetValue<int>());
    }

    private static async Task RemindDeadlinesAsync(PlatformFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RemindPollDeadlines());
        await host.DeliverOutboxAsync();
    }

    [Fact]
    public async Task The_coordinator_sees_who_voted_what_members_see_only_counts()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var poll = await OpenAsync(group, "2026-07-07T09:30", "2026-07-09T14:00");
        var pollId = poll["pollId"]!.GetValue<Guid>();
        var (first, second) = (OptionAt(poll, "2026-07-07T09:30"), OptionAt(poll, "2026-07-09T14:00"));
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.Member(factory, group.Tokens["Dorian"]).PostAsJsonAsync($"/api/date-polls/{pollId}/votes",
            new { votes = new Dictionary<Guid, string> { [first] = "yes", [second] = "no" } })).StatusCode);

        var seen = await (await group.Coordinator.GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        var voter = Assert.Single(seen["voters"]!.AsArray())!;
        Assert.Equal("Dorian", voter["firstName"]!.GetValue<string>());
        Assert.Equal("localDevelopment", voter["sector"]!.GetValue<string>());
        Assert.Equal("yes", voter["votes"]![first.ToString()]!.GetValue<string>());
        Assert.Equal("no", voter["votes"]![second.ToString()]!.GetValue<string>());

        var asMember = await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        Assert.Null(asMember["voters"]);
        Assert.Equal(1, Assert.Single(asMember["results"]!.AsArray(), r => r!["optionId"]!.GetValue<Guid>() == first)!["yes"]!.GetValue<int>());
    }

    [Fact]
    public async Task After_the_deadline_votes_are_refused_and_those_who_had_not_voted_were_reminded_once_the_day_before()
    {
        // Its own host: the clock moves. It reads 2 March 2026, 10:00 in Paris.
        using var host = new PlatformFactory();
        var group = await MeetingsApi.GroupAsync(host, Applicants);
        var url = $"/api/groups/{group.GroupId}/date-polls";
        var past = await (await group.Coordinator.PostAsJsonAsync(url, new { title = "Trop tard", closesAt = "2026-03-01T18:00",
            options = new[] { new { startsAt = "2026-04-07T09:30", durationMinutes = 120 }, new { startsAt = "2026-04-09T09:30", durationMinutes = 120 } } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("dans le futur", past["errors"]!["closesAt"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var outOfRange = await (await group.Coordinator.PostAsJsonAsync(url, new { title = "Bien trop tard", closesAt = "2150-03-01T18:00",
            options = new[] { new { startsAt = "2026-04-07T09:30", durationMinutes = 120 }, new { startsAt = "2026-04-09T09:30", durationMinutes = 120 } } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("2100", outOfRange["errors"]!["closesAt"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var opened = await group.Coordinator.PostAsJsonAsync(url, new { title = "Réunion d'avril", closesAt = "2026-03-10T18:00",
            options = new[] { new { startsAt = "2026-04-07T09:30", durationMinutes = 120 }, new { startsAt = "2026-04-09T09:30", durationMinutes = 120 } } });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var poll = await opened.JsonAsync();
        var pollId = poll["pollId"]!.GetValue<Guid>();
        Assert.Equal("2026-03-10T18:00", poll["closesAt"]!.GetValue<string>());
        Assert.True(poll["votingOpen"]!.GetValue<bool>());
        var option = OptionAt(poll, "2026-04-07T09:30");
        Task<HttpResponseMessage> Vote(string who) => MeetingsApi.Member(host, group.Tokens[who])
            .PostAsJsonAsync($"/api/date-polls/{pollId}/votes", new { votes = new Dictionary<Guid, string> { [option] = "yes" } });
        Assert.Equal(HttpStatusCode.OK, (await Vote("Alix")).StatusCode);
        await host.DeliverOutboxAsync();
        var invitation = Assert.Single(MeetingsApi.MailsTo(host, group.Email("Dorian")), m => m.Subject!.StartsWith("Sondage de dates", StringComparison.Ordinal));
        Assert.Contains("Le sondage se clôt le mardi 10 mars 2026 à 18h00.", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("The poll closes on Tuesday 10 March 2026 at 18:00.", invitation.TextBody, StringComparison.Ordinal);
        List<MimeKit.MimeMessage> Reminders(string who) =>
            [.. MeetingsApi.MailsTo(host, group.Email(who)).Where(m => m.Subject!.StartsWith("Rappel : sondage de dates", StringComparison.Ordinal))];

        // Two days before: too early.
        host.Clock.Advance(TimeSpan.FromDays(6.25));
        await RemindDeadlinesAsync(host);
        Assert.Empty(Reminders("Dorian"));

        // The day before: those who have not voted, once.
        host.Clock.Advance(TimeSpan.FromDays(1.5));
        await RemindDeadlinesAsync(host);
        await RemindDeadlinesAsync(host);
        var reminder = Assert.Single(Reminders("Dorian"));
        Assert.Single(Reminders("Elsa"));
        Assert.Empty(Reminders("Alix"));
        Assert.Contains("mardi 10 mars 2026 à 18h00", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("closes on Tuesday 10 March 2026 at 18:00", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/groupes/sondages/{pollId}", reminder.TextBody, StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var refused = await (await Vote("Dorian")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("date limite", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var seen = await (await group.Coordinator.GetAsync($"/api/date-polls/{pollId}")).JsonAsync();
        Assert.False(seen["votingOpen"]!.GetValue<bool>());
        Assert.Equal("open", seen["status"]!.GetValue<string>());
        // The coordinator still picks the date.
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PostAsJsonAsync($"/api/date-polls/{pollId}/close", new { optionId = option })).StatusCode);
    }

    [Fact]
    public async Task A_groups_polls_are_listed_newest_first_for_the_coordinator()
    {
        using var host = new PlatformFactory();
        var group = await MeetingsApi.GroupAsync(host, Applicants[..1]);
        var older = (await OpenAsync(group, "2026-05-05T09:30", "2026-05-07T09:30"))["pollId"]!.GetValue<Guid>();
        host.Clock.Advance(TimeSpan.FromHours(1));
        var newer = (await OpenAsync(group, "2026-06-05T09:30", "2026-06-09T09:30"))["pollId"]!.GetValue<Guid>();
        var other = await MeetingsApi.GroupAsync(host, Applicants[1..2]);
        await OpenAsync(other, "2026-06-05T09:30", "2026-06-09T09:30");

        var listed = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/date-polls")).JsonAsync()).AsArray();
        Assert.Equal([newer, older], listed.Select(p => p!["pollId"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await MeetingsApi.Member(host, group.Tokens["Alix"]).GetAsync($"/api/groups/{group.GroupId}/date-polls")).StatusCode);
        await (await group.Coordinator.GetAsync($"/api/groups/{Guid.NewGuid()}/date-polls")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
