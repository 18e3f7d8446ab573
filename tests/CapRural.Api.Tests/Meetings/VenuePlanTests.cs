using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>Fair venues over the series: the farthest members do not drive far every time.</summary>
public sealed class VenuePlanTests
{
    [Fact]
    public async Task The_plan_shares_the_burden_that_the_most_central_venue_every_time_puts_on_the_cantal()
    {
        using var host = new PlatformFactory();
        var group = await MeetingsApi.GroupAsync(host,
        [
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
            new("Fanny", "socialAction", "69123", "CCAS de Lyon"),
            new("Gaspard", "localDevelopment", "69123", "Grand Lyon"),
            new("Hugo", "socialAction", "15014", "CCAS d'Aurillac"),
        ]);
        var coordinator = group.Coordinator;
        await MeetingsApi.VenueAsync(coordinator, "Espace Lyon Confluence", "69123");
        await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        var retired = await MeetingsApi.VenueAsync(coordinator, "Salle d'Aurillac", "15014");
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/venues/{retired}")).StatusCode);
        var url = $"/api/groups/{group.GroupId}/venue-plan";

        var plan = await (await coordinator.PostAsJsonAsync(url, new { meetings = 4 })).JsonAsync();
        Assert.Equal(4, plan["meetings"]!.GetValue<int>());
        Assert.Equal(2, plan["venuesConsidered"]!.GetValue<int>());
        var central = plan["mostCentral"]!;
        Assert.All(central["venues"]!.AsArray(), v => Assert.Equal("Espace Lyon Confluence", v!["name"]!.GetValue<string>()));
        var fair = plan["fair"]!;
        Assert.Contains(fair["venues"]!.AsArray(), v => v!["name"]!.GetValue<string>() == "Maison des associations");
        Assert.True(fair["maxMemberKm"]!.GetValue<double>() < central["maxMemberKm"]!.GetValue<double>());
        Assert.True(fair["totalKm"]!.GetValue<double>() >= central["totalKm"]!.GetValue<double>());
        var members = plan["members"]!.AsArray();
        Assert.Equal(4, members.Count);
        var hugo = members[0]!;
        Assert.Equal(await MeetingsApi.MemberIdAsync(group, "Hugo"), hugo["memberId"]!.GetValue<Guid>());
        Assert.Equal(central["maxMemberKm"]!.GetValue<double>(), hugo["mostCentralKm"]!.GetValue<double>(), 1);
        Assert.Equal(fair["totalKm"]!.GetValue<double>(), members.Sum(m => m!["fairKm"]!.GetValue<double>()), 0);
        Assert.Equal(2, fair["socialAction"]!["members"]!.GetValue<int>());
        Assert.Equal(hugo["fairKm"]!.GetValue<double>(), fair["socialAction"]!["maxMemberKm"]!.GetValue<double>(), 1);

        // Given as meetings, the venues follow the meetings' dates.
        var june = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-06-11T09:30", "2026-06-11T12:00"));
        var april = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T09:30", "2026-04-09T12:00"));
        var byMeetings = await (await coordinator.PostAsJsonAsync(url, new { meetingIds = new[] { june["meetingId"], april["meetingId"] } })).JsonAsync();
        Assert.Equal([april["meetingId"]!.GetValue<Guid>(), june["meetingId"]!.GetValue<Guid>()],
            byMeetings["fair"]!["venues"]!.AsArray().Select(v => v!["meetingId"]!.GetValue<Guid>()));

        await (await coordinator.PostAsJsonAsync(url, new { meetings = 5 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.PostAsJsonAsync(url, new { meetings = 2, meetingIds = new[] { april["meetingId"] } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.PostAsJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await coordinator.PostAsJsonAsync(url, new { meetingIds = new[] { Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(unknown["errors"]!["meetingIds"]);
        await (await coordinator.PostAsJsonAsync($"/api/groups/{Guid.NewGuid()}/venue-plan", new { meetings = 2 })).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.CreateClient().PostAsJsonAsync(url, new { meetings = 2 })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await MeetingsApi.Member(host, group.Tokens["Hugo"]).PostAsJsonAsync(url, new { meetings = 2 })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_hybrid_preview_lists_who_is_beyond_the_distance_and_flags_a_sector_that_loses_its_in_person_quorum()
    {
        using var host = new PlatformFactory();
        var group = await MeetingsApi.GroupAsync(host,
        [
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
            new("Gaspard", "localDevelopment", "69123", "Grand Lyon"),
            new("Fanny", "socialAction", "15014", "CCAS d'Aurillac"),
            new("Hugo", "socialAction", "15014", "Mission locale d'Aurillac"),
            new("Ines", "socialAction", "69123", "CCAS de Lyon"),
        ]);
        var coordinator = group.Coordinator;
        await MeetingsApi.VenueAsync(coordinator, "Espace Lyon Confluence", "69123");
        var url = $"/api/groups/{group.GroupId}/venue-plan";

        // By default, beyond 60 km: the two members from Aurillac would follow from afar, and action sociale keeps one of three in the room.
        var hybrid = (await (await coordinator.PostAsJsonAsync(url, new { meetings = 1 })).JsonAsync())["fair"]!["venues"]![0]!["hybrid"]!;
        Assert.Equal(60, hybrid["beyondKm"]!.GetValue<double>());
        var beyond = hybrid["beyond"]!.AsArray();
        Assert.Equal(["Fanny", "Hugo"], beyond.Select(m => m!["name"]!.GetValue<string>().Split(' ')[0]).Order());
        Assert.All(beyond, m =>
        {
            Assert.Equal("socialAction", m!["sector"]!.GetValue<string>());
            Assert.InRange(m["km"]!.GetValue<double>(), 150, 300);
            Assert.False(m["approximate"]!.GetValue<bool>());
        });
        Assert.Contains(await MeetingsApi.MemberIdAsync(group, "Hugo"), beyond.Select(m => m!["memberId"]!.GetValue<Guid>()));
        Assert.Equal(1, hybrid["socialAction"]!["withinReach"]!.GetValue<int>());
        Assert.Equal(3, hybrid["socialAction"]!["members"]!.GetValue<int>());
        Assert.False(hybrid["socialAction"]!["quorum"]!.GetValue<bool>());
        Assert.Equal(2, hybrid["localDevelopment"]!["withinReach"]!.GetValue<int>());
        Assert.True(hybrid["localDevelopment"]!["quorum"]!.GetValue<bool>());
        Assert.False(hybrid["bothSectorsInPerson"]!.GetValue<bool>());
        var central = (await (await coordinator.PostAsJsonAsync(url, new { meetings = 1 })).JsonAsync())["mostCentral"]!["venues"]![0]!["hybrid"]!;
        Assert.Equal(2, central["beyond"]!.AsArray().Count);

        // Within a longer reach everyone meets in person.
        var wide = (await (await coordinator.PostAsJsonAsync(url, new { meetings = 1, hybridBeyondKm = 400 })).JsonAsync())["fair"]!["venues"]![0]!["hybrid"]!;
        Assert.Empty(wide["beyond"]!.AsArray());
        Assert.True(wide["socialAction"]!["quorum"]!.GetValue<bool>());
        Assert.True(wide["bothSectorsInPerson"]!.GetValue<bool>());

        foreach (var km in new[] { 0, -5, 1000.5 })
        {
            var problem = await (await coordinator.PostAsJsonAsync(url, new { meetings = 1, hybridBeyondKm = km })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("au plus 1000 km", problem["errors"]!["hybridBeyondKm"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using var english = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { meetings = 1, hybridBeyondKm = 0 }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishProblem = await (await coordinator.SendAsync(english)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("at most 1000 km", englishProblem["errors"]!["hybridBeyondKm"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
