using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Meetings;

/// <summary>Who may see and change what: coordinators plan, members answer for their own group only.</summary>
public sealed class MeetingsAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Coordinator_endpoints_refuse_anonymous_callers_reviewers_partners_and_members()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);
        var member = MeetingsApi.Member(factory, group.Tokens["Alix"]);

        var reads = new[]
        {
            "/api/groups",
            $"/api/groups/{group.GroupId}",
            $"/api/groups/{group.GroupId}/members",
            $"/api/groups/{group.GroupId}/meetings",
            $"/api/groups/{group.GroupId}/venue-suggestions",
            "/api/venues",
        };
        foreach (var url in reads)
        {
            await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await reviewer.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await partner.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await member.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.GetAsync(url)).StatusCode);
        }

        var plan = MeetingsApi.Meeting("remote", null, "https://visio.test/g");
        await (await factory.CreateClient().PostAsJsonAsync($"/api/groups/{group.GroupId}/meetings", plan)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await reviewer.PostAsJsonAsync($"/api/groups/{group.GroupId}/meetings", plan)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"/api/groups/{group.GroupId}/meetings", plan)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { title = "Piratée" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PatchAsJsonAsync($"/api/meetings/{meetingId}", new { title = "Piratée" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reviewer.PostAsJsonAsync("/api/venues", new { name = "X", address = "Y", communeCode = "63113", capacity = 10 })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reviewer.PutAsJsonAsync($"/api/meetings/{meetingId}/minutes", new { minutes = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Première réunion du groupe", (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync())[0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_answers_and_downloads_only_the_meetings_of_their_own_group()
    {
        var mine = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var other = await MeetingsApi.GroupAsync(factory, [new("Basile", "localDevelopment", "69123", "Métropole de Lyon")]);
        var meeting = await MeetingsApi.PlanAsync(mine.Coordinator, mine.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T16:30"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        var rsvp = $"/api/meetings/{meetingId}/rsvp";
        var ics = $"/api/meetings/{meetingId}.ics";

        await (await factory.CreateClient().PostAsJsonAsync(rsvp, new { response = "remote" })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.CreateClient().GetAsync(ics)).ProblemAsync(HttpStatusCode.Unauthorized);
        // A coordinator's key is not a member's token: answering is for members.
        await (await mine.Coordinator.PostAsJsonAsync(rsvp, new { response = "remote" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(ics)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await MeetingsApi.Member(factory, "mb_not-a-real-token").PostAsJsonAsync(rsvp, new { response = "remote" })).ProblemAsync(HttpStatusCode.Unauthorized);

        // Another group's member learns nothing about this meeting, not even that it exists.
        var stranger = MeetingsApi.Member(factory, other.Tokens["Basile"]);
        await (await stranger.PostAsJsonAsync(rsvp, new { response = "remote" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync(ics)).ProblemAsync(HttpStatusCode.NotFound);

        var alix = MeetingsApi.Member(factory, mine.Tokens["Alix"]);
        Assert.Equal(HttpStatusCode.OK, (await alix.PostAsJsonAsync(rsvp, new { response = "remote" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alix.GetAsync(ics)).StatusCode);
        var counts = (await (await mine.Coordinator.GetAsync($"/api/groups/{mine.GroupId}/meetings")).JsonAsync())[0]!["responses"]!;
        Assert.Equal(1, counts["remote"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_calendar_subscription_shows_the_group_meetings_only_with_that_group_s_feed_token()
    {
        var mine = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var other = await MeetingsApi.GroupAsync(factory, [new("Basile", "localDevelopment", "69123", "Métropole de Lyon")]);
        var meeting = await MeetingsApi.PlanAsync(mine.Coordinator, mine.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g"));
        var cancelled = await MeetingsApi.PlanAsync(mine.Coordinator, mine.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2022-06-14T14:00", "2022-06-14T16:00", "Réunion de juin"));
        await mine.Coordinator.PatchAsJsonAsync($"/api/meetings/{cancelled["meetingId"]}", new { status = "cancelled" });
        var alix = MeetingsApi.Member(factory, mine.Tokens["Alix"]);
        var basile = MeetingsApi.Member(factory, other.Tokens["Basile"]);

        var link = new Uri((await (await alix.PostAsync($"/api/groups/{mine.GroupId}/calendar-link", null)).JsonAsync())["url"]!.GetValue<string>());
        Assert.Equal($"/api/groups/{mine.GroupId}/calendar.ics", link.AbsolutePath);
        // Calendar apps send no header: the link alone opens the feed.
        var feed = await factory.CreateClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(2, calendar.Events.Count);
        Assert.Contains(calendar.Events, e => e.Summary == meeting["title"]!.GetValue<string>() && e.Status == "CONFIRMED");
        Assert.Contains(calendar.Events, e => e.Summary == "Réunion de juin" && e.Status == "CANCELLED");

        // Another group's feed token, a made-up one, none at all, or a member of another group asking: nothing.
        var otherLink = new Uri((await (await basile.PostAsync($"/api/groups/{other.GroupId}/calendar-link", null)).JsonAsync())["url"]!.GetValue<string>());
        var otherToken = otherLink.Query;
        await (await factory.CreateClient().GetAsync($"/api/groups/{mine.GroupId}/calendar.ics{otherToken}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().GetAsync($"/api/groups/{mine.GroupId}/calendar.ics?token=cal_invented")).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().GetAsync($"/api/groups/{mine.GroupId}/calendar.ics")).ProblemAsync(HttpStatusCode.NotFound);
        await (await basile.PostAsync($"/api/groups/{mine.GroupId}/calendar-link", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().PostAsync($"/api/groups/{mine.GroupId}/calendar-link", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await mine.Coordinator.PostAsync($"/api/groups/{mine.GroupId}/calendar-link", null)).ProblemAsync(HttpStatusCode.Forbidden);

        // A new link replaces the old one, for a member who shared it by mistake.
        Assert.Equal(HttpStatusCode.OK, (await alix.PostAsync($"/api/groups/{mine.GroupId}/calendar-link", null)).StatusCode);
        await (await factory.CreateClient().GetAsync(link.PathAndQuery)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
