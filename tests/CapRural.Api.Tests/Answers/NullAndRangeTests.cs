using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Answers;

/// <summary>Nulls, blanks and dates at the calendar's ends get a 422 naming the field, never a 500.</summary>
public sealed class NullAndRangeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("firstMeetingOn", null)]
    [InlineData("firstMeetingOn", "missing")]
    [InlineData("closesAt", null)]
    [InlineData("opensAt", "missing")]
    [InlineData("firstMeetingOn", "9999-12-31")]
    [InlineData("opensAt", "0001-01-01T00:00:00Z")]
    public async Task A_call_without_a_date_or_with_a_date_out_of_range_is_refused_on_that_field(string field, string? value)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var now = factory.Clock.GetUtcNow();
        var body = RegistrationApi.CallBody(now.AddDays(-1), now.AddDays(30));
        Set(body, field, value);
        await ExpectField(await coordinator.PostAsJsonAsync("/api/calls", body), field);

        var created = await coordinator.PostAsJsonAsync("/api/calls", RegistrationApi.CallBody(now.AddDays(-1), now.AddDays(30)));
        var callId = (await created.JsonAsync())["callId"]!.GetValue<Guid>();
        await ExpectField(await coordinator.PutAsJsonAsync($"/api/calls/{callId}", body), field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("missing")]
    public async Task A_venue_without_a_commune_is_refused_on_communeCode(string? communeCode)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var venue = new JsonObject { ["name"] = "Salle", ["address"] = "1 place de la Mairie", ["capacity"] = 30, ["communeCode"] = communeCode };
        if (communeCode == "missing")
        {
            venue.Remove("communeCode");
        }

        await ExpectField(await coordinator.PostAsJsonAsync("/api/venues", venue), "communeCode");
    }

    [Fact]
    public async Task Page_numbers_beyond_any_list_are_refused_not_wrapped()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await ExpectField(await factory.CreateClient().GetAsync("/api/calls?page=999999999"), "page");
        await ExpectField(await coordinator.GetAsync("/api/groups?page=2147483647"), "page");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/calls?page=1000000")).StatusCode);
    }

    [Fact]
    public async Task Polls_and_meetings_outside_2000_to_2100_or_with_null_options_are_refused_in_both_languages()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var polls = $"/api/groups/{group.GroupId}/date-polls";
        await ExpectField(await coordinator.PostAsJsonAsync(polls, new JsonObject { ["title"] = "Prochaine", ["options"] = new JsonArray(null, null) }), "options[0]");
        var overflow = new JsonObject
        {
            ["title"] = "Prochaine",
            ["options"] = new JsonArray(
                new JsonObject { ["startsAt"] = "9999-12-31T23:30", ["durationMinutes"] = 120 },
                new JsonObject { ["startsAt"] = "2027-01-05T09:30", ["durationMinutes"] = 120 }),
        };
        var french = await ExpectField(await coordinator.PostAsJsonAsync(polls, overflow), "options[0].startsAt");
        Assert.Contains("entre le 1er janvier 2000 et le 31 décembre 2100", french, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Post, polls) { Content = JsonContent.Create(overflow) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        Assert.Contains("between 1 January 2000 and 31 December 2100", await ExpectField(await coordinator.SendAsync(english), "options[0].startsAt"), StringComparison.Ordinal);

        var meetings = $"/api/groups/{group.GroupId}/meetings";
        await ExpectField(await coordinator.PostAsJsonAsync(meetings, MeetingsApi.Meeting("remote", null, "https://visio.test/a", "0001-01-01T09:30", "0001-01-01T10:30")), "startsAt");
        await ExpectField(await coordinator.PostAsJsonAsync(meetings, MeetingsApi.Meeting("remote", null, "https://visio.test/a", "9999-12-31T22:30", "9999-12-31T23:59")), "endsAt");
    }

    private static void Set(JsonObject body, string field, string? value)
    {
        if (value == "missing")
        {
            body.Remove(field);
        }
        else
        {
            body[field] = value;
        }
    }

    private static async Task<string> ExpectField(HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var messages = problem["errors"]?[field]?.AsArray();
        Assert.True(messages is { Count: > 0 }, $"no error on {field}: {problem.ToJsonString()}");
        return messages![0]!.GetValue<string>();
    }
}
