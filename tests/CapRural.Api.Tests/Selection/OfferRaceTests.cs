using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;

namespace CapRural.Api.Tests.Selection;

/// <summary>Clicks racing on one confirmation link: one recorded answer, one event, one e-mail; never a 500.</summary>
public sealed class OfferRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants = [new("Alix", "socialAction", "63430", "CCAS de Thiers")];

    private async Task<(SelectionSetup Setup, string Token)> OfferedAsync()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants);
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Alix");
        Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, "Alix", "accepted", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        return (setup, SelectionApi.ConfirmationToken(factory, "Alix", setup.CallId));
    }

    private async Task<int> EventsAsync(SelectionSetup setup, string name) =>
        (await factory.OutboxAsync("selection")).Count(m => m.Name == name && m.SubjectId == setup.Applications["Alix"]);

    [Fact]
    public async Task Five_identical_confirmations_record_one_answer_send_one_event_and_one_welcome()
    {
        var (setup, token) = await OfferedAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            factory.CreateClient().PostAsJsonAsync($"/api/selection/confirmations/{token}", new { response = "confirm" })));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{a.StatusCode}"));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var answer in answers.Where(a => a.StatusCode == HttpStatusCode.OK))
        {
            Assert.Equal("confirmed", (await answer.JsonAsync())["response"]!.GetValue<string>());
        }

        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await EventsAsync(setup, "selection.participant-confirmed.v1"));
        var email = MeetingsApi.MemberEmail(setup.CallId, "Alix");
        Assert.Single(MeetingsApi.MailsTo(factory, email), m => m.Subject!.StartsWith("Bienvenue dans le groupe de travail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_confirmation_racing_a_decline_ends_in_one_consistent_story()
    {
        var (setup, token) = await OfferedAsync();
        var anonymous = factory.CreateClient();

        var answers = await Task.WhenAll(
            anonymous.PostAsJsonAsync($"/api/selection/confirmations/{token}", new { response = "confirm" }),
            anonymous.PostAsJsonAsync($"/api/selection/confirmations/{token}", new { response = "decline" }));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{a.StatusCode}"));
        await factory.DeliverOutboxAsync();
        var candidate = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Alix"]}")).JsonAsync();
        var final = candidate["response"]!.GetValue<string>();
        var confirmedEvents = await EventsAsync(setup, "selection.participant-confirmed.v1");
        var declinedEvents = await EventsAsync(setup, "selection.participant-declined.v1");
        var roster = (await (await setup.Coordinator.GetAsync($"/api/groups/{setup.CallId}/members")).JsonAsync()).AsArray();
        if (answers.All(a => a.StatusCode == HttpStatusCode.OK))
        {
            // Not a race after all: the confirmation came first, then the decline after it, which is allowed.
            Assert.Equal("declined", final);
            Assert.Equal((1, 1), (confirmedEvents, declinedEvents));
        }
        else
        {
            // One answer won, the other was refused with nothing written.
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal(final == "confirmed" ? (1, 0) : (0, 1), (confirmedEvents, declinedEvents));
        }

        Assert.Equal(final == "confirmed" ? 1 : 0, roster.Count);
    }
}
