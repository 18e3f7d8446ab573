using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Meetings;

/// <summary>The coordinator records who came; the count follows the minutes to Knowledge.</summary>
public sealed class AttendanceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
    ];

    private static async Task<Guid> MemberIdAsync(GroupSetup group, string firstName)
    {
        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        return Assert.Single(members, m => m!["firstName"]!.GetValue<string>() == firstName)!["memberId"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Attendance_is_shown_on_the_meeting_and_its_count_goes_with_the_minutes()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T14:00", "2026-02-12T16:00"));
        var meetingId = meeting["meetingId"]!.GetValue<Guid>();
        Assert.Null(meeting["attendance"]);
        var alix = await MemberIdAsync(group, "Alix");

        var recorded = await group.Coordinator.PutAsJsonAsync($"/api/meetings/{meetingId}/attendance", new { present = new[] { alix, alix } });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var attendance = (await recorded.JsonAsync())["attendance"]!;
        Assert.Equal(1, attendance["count"]!.GetValue<int>());
        Assert.Equal(alix, attendance["present"]![0]!.GetValue<Guid>());
        var listed = await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync();
        Assert.Equal(1, listed[0]!["attendance"]!["count"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PutAsJsonAsync($"/api/meetings/{meetingId}/minutes", new { minutes = "Compte rendu." })).StatusCode);
        var events = await factory.OutboxAsync("meetings");
        var held = Assert.Single(events, e => e.Name == "meetings.meeting-held.v1" && e.Payload.Contains(meetingId.ToString(), StringComparison.Ordinal));
        Assert.Contains("\"attendeeCount\":1", held.Payload.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_members_of_the_group_can_be_present_and_only_the_coordinator_records_them()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants[..1]);
        var other = await MeetingsApi.GroupAsync(factory, Applicants[1..]);
        var past = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T14:00", "2026-02-12T16:00"));
        var future = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-06-11T14:00", "2026-06-11T16:00"));
        var url = $"/api/meetings/{past["meetingId"]}/attendance";
        var stranger = await MemberIdAsync(other, "Dorian");

        var refused = await (await group.Coordinator.PutAsJsonAsync(url, new { present = new[] { stranger } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(stranger.ToString(), refused["errors"]!["present"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await (await group.Coordinator.PutAsJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await group.Coordinator.PutAsJsonAsync($"/api/meetings/{future["meetingId"]}/attendance", new { present = Array.Empty<Guid>() }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await group.Coordinator.PutAsJsonAsync($"/api/meetings/{Guid.NewGuid()}/attendance", new { present = Array.Empty<Guid>() }))
            .ProblemAsync(HttpStatusCode.NotFound);

        var body = new { present = Array.Empty<Guid>() };
        await (await factory.CreateClient().PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await factory.ClientWithRoleAsync(Roles.Partner)).PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).PutAsJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Null((await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync())[0]!["attendance"]);
    }
}
