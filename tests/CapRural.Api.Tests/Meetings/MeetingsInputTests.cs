using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>Mistakes a coordinator or a member can make get a clear answer naming the field, and change nothing.</summary>
public sealed class MeetingsInputTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string[]> ErrorsOf(HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        return [.. problem["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>())];
    }

    [Fact]
    public async Task A_meeting_that_cannot_take_place_as_described_is_refused_field_by_field()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var venue = await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        var url = $"/api/groups/{group.GroupId}/meetings";

        Assert.Contains("lien de visioconférence", (await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("remote", null, null)), "onlineUrl"))[0], StringComparison.Ordinal);
        Assert.Contains("besoin d'un lieu", (await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("inPerson", null, null)), "venueId"))[0], StringComparison.Ordinal);
        var hybrid = await (await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("hybrid", null, null))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(hybrid["errors"]!["venueId"]);
        Assert.NotNull(hybrid["errors"]!["onlineUrl"]);
        Assert.Equal(["La fin doit être après le début."],
            await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("inPerson", venue, null, "2022-04-07T16:30", "2022-04-07T09:30")), "endsAt"));
        // 29 March 2026: Paris clocks jump from 2:00 to 3:00.
        Assert.Contains("n'existe pas à Paris",
            (await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("inPerson", venue, null, "2026-03-29T02:30", "2026-03-29T05:00")), "startsAt"))[0],
            StringComparison.Ordinal);
        Assert.Contains("format 2022-04-07T09:30",
            (await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("inPerson", venue, null, "07/04/2022 9h30")), "startsAt"))[0],
            StringComparison.Ordinal);
        Assert.Contains("Lieu inconnu", (await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("inPerson", Guid.NewGuid(), null)), "venueId"))[0], StringComparison.Ordinal);
        Assert.NotEmpty(await ErrorsOf(await coordinator.PostAsJsonAsync(url, MeetingsApi.Meeting("remote", null, "pas-une-adresse")), "onlineUrl"));
        var untitled = MeetingsApi.Meeting("remote", null, "https://visio.test/g");
        untitled["title"] = "";
        Assert.NotEmpty(await ErrorsOf(await coordinator.PostAsJsonAsync(url, untitled), "title"));
        var unknownFormat = MeetingsApi.Meeting("remote", null, "https://visio.test/g");
        unknownFormat["format"] = "online";
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync(url, unknownFormat)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsync(url, new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        await (await coordinator.PostAsJsonAsync($"/api/groups/{Guid.NewGuid()}/meetings", MeetingsApi.Meeting("remote", null, "https://visio.test/g"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.PatchAsJsonAsync($"/api/meetings/{Guid.NewGuid()}", new { title = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/groups/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/groups/{Guid.NewGuid()}/venue-suggestions")).ProblemAsync(HttpStatusCode.NotFound);
        await factory.DeliverOutboxAsync();
        Assert.Empty((await (await coordinator.GetAsync(url)).JsonAsync()).AsArray());
        Assert.DoesNotContain(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Invitation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_that_breaks_the_rules_is_refused_and_nobody_is_written_to()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var planned = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g"));
        var meeting = $"/api/meetings/{planned["meetingId"]!.GetValue<Guid>()}";
        await factory.DeliverOutboxAsync();
        var mails = factory.Mails().Count;

        Assert.NotEmpty(await ErrorsOf(await coordinator.PatchAsJsonAsync(meeting, new { format = "inPerson" }), "venueId"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.PatchAsJsonAsync(meeting, new { endsAt = "2022-04-07T08:00" }), "endsAt"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.PatchAsJsonAsync(meeting, new { startsAt = "2027-03-28T02:30" }), "startsAt"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.PatchAsJsonAsync(meeting, new { status = "held" }), "status"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.PatchAsJsonAsync(meeting, new { title = " " }), "title"));

        await factory.DeliverOutboxAsync();
        Assert.Equal(mails, factory.Mails().Count);
        var unchanged = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/meetings")).JsonAsync())[0]!;
        Assert.Equal(0, unchanged["sequence"]!.GetValue<int>());
        Assert.Equal("remote", unchanged["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Venues_suggestions_and_replies_reject_what_does_not_make_sense()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;

        Assert.Contains("Code INSEE inconnu", (await ErrorsOf(await coordinator.PostAsJsonAsync("/api/venues",
            new { name = "Salle", address = "1 rue", communeCode = "99999", capacity = 20 }), "communeCode"))[0], StringComparison.Ordinal);
        var empty = await (await coordinator.PostAsJsonAsync("/api/venues", new JsonObject())).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(empty["errors"]!["name"]);
        Assert.NotNull(empty["errors"]!["capacity"]);
        Assert.NotEmpty(await ErrorsOf(await coordinator.PostAsJsonAsync("/api/venues",
            new { name = "Salle", address = "1 rue", communeCode = "63113", capacity = 0 }), "capacity"));

        var suggestions = $"/api/groups/{group.GroupId}/venue-suggestions";
        Assert.NotEmpty(await ErrorsOf(await coordinator.GetAsync($"{suggestions}?candidates=stations"), "candidates"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.GetAsync($"{suggestions}?top=0"), "top"));
        Assert.NotEmpty(await ErrorsOf(await coordinator.GetAsync($"{suggestions}?inPersonOnly=true"), "meetingId"));
        await (await coordinator.GetAsync($"{suggestions}?inPersonOnly=true&meetingId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        // One member: the median is where she is.
        var alone = await (await coordinator.GetAsync($"{suggestions}?candidates=communes&top=1")).JsonAsync();
        Assert.Equal("63430", alone["items"]![0]!["communeCode"]!.GetValue<string>());
        Assert.Equal(0, alone["items"]![0]!["totalKm"]!.GetValue<double>());
        Assert.Equal("63430", alone["geometricMedian"]!["nearestCommune"]!["code"]!.GetValue<string>());

        var planned = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/g"));
        var rsvp = $"/api/meetings/{planned["meetingId"]!.GetValue<Guid>()}/rsvp";
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        Assert.NotEmpty(await ErrorsOf(await alix.PostAsJsonAsync(rsvp, new JsonObject()), "response"));
        Assert.Equal(HttpStatusCode.BadRequest, (await alix.PostAsJsonAsync(rsvp, new { response = "maybe" })).StatusCode);
        await (await alix.PostAsJsonAsync($"/api/meetings/{Guid.NewGuid()}/rsvp", new { response = "remote" })).ProblemAsync(HttpStatusCode.NotFound);
    }
}
