using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Meetings;

/// <summary>A member who leaves gets no more e-mails and no longer weighs on the choice of venue.</summary>
public sealed class LeaveGroupTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        new("Fanny", "socialAction", "74010", "Ville d'Annecy"),
    ];

    private static async Task<Guid> MemberIdAsync(GroupSetup group, string firstName)
    {
        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        return Assert.Single(members, m => m!["firstName"]!.GetValue<string>() == firstName)!["memberId"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_member_who_leaves_gets_no_more_mail_and_no_longer_counts_for_the_venue()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;
        var venue = await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        var fanny = await MemberIdAsync(group, "Fanny");
        var planned = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("hybrid", venue, "https://visio.test/g", "2026-04-02T10:00", "2026-04-02T12:00"));
        Assert.Equal(HttpStatusCode.OK, (await MeetingsApi.Member(factory, group.Tokens["Fanny"])
            .PostAsJsonAsync($"/api/meetings/{planned["meetingId"]}/rsvp", new { response = "inPerson" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/groups/{group.GroupId}/members/{fanny}/leave", null)).StatusCode);
        var dorian = MeetingsApi.Member(factory, group.Tokens["Dorian"]);
        Assert.Equal(HttpStatusCode.NoContent, (await dorian.PostAsync($"/api/groups/{group.GroupId}/leave", null)).StatusCode);

        var roster = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        Assert.Equal(["Alix"], roster.Select(m => m!["firstName"]!.GetValue<string>()));
        Assert.Equal(1, (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}")).JsonAsync())["memberCount"]!.GetValue<int>());
        var venues = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/venue-suggestions?candidates=venues")).JsonAsync();
        Assert.Single(venues["items"]![0]!["members"]!.AsArray());

        var april = await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync();
        Assert.Equal(0, april[0]!["responses"]!["inPerson"]!.GetValue<int>());
        var meeting = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-05-05T10:00", "2026-05-05T12:00"));
        Assert.Equal(1, meeting["responses"]!["noAnswer"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal) && m.Subject.Contains("5 mai 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(MeetingsApi.MailsTo(factory, group.Email("Fanny")), m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal) && m.Subject.Contains("5 mai 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(MeetingsApi.MailsTo(factory, group.Email("Dorian")), m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal) && m.Subject.Contains("5 mai 2026", StringComparison.Ordinal));
        await (await dorian.PostAsJsonAsync($"/api/meetings/{meeting["meetingId"]}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.Unauthorized);

        await (await coordinator.PostAsync($"/api/groups/{group.GroupId}/members/{fanny}/leave", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_coordinator_removes_a_member_and_a_member_leaves_only_their_own_group()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var other = await MeetingsApi.GroupAsync(factory, Applicants[1..2]);
        var alix = await MemberIdAsync(group, "Alix");
        var url = $"/api/groups/{group.GroupId}/members/{alix}/leave";

        await (await factory.CreateClient().PostAsync(url, null)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).PostAsync(url, null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).PostAsync(url, null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).PostAsync(url, null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await group.Coordinator.PostAsync($"/api/groups/{other.GroupId}/members/{alix}/leave", null)).ProblemAsync(HttpStatusCode.NotFound);

        await (await factory.CreateClient().PostAsync($"/api/groups/{group.GroupId}/leave", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await group.Coordinator.PostAsync($"/api/groups/{group.GroupId}/leave", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await MeetingsApi.Member(factory, other.Tokens["Dorian"]).PostAsync($"/api/groups/{group.GroupId}/leave", null)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray());
    }
}
