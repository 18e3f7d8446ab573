using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Selection.Features.LapseOffers;

namespace CapRural.Api.Tests.Selection;

/// <summary>An offer left unanswered past the call's confirmation deadline lapses, and the place goes to the waiting list.</summary>
public sealed class OfferLapseTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_silent_offer_lapses_after_the_deadline_and_the_best_waitlisted_person_who_keeps_the_balance_is_offered_the_place()
    {
        var setup = await PublicationRuleTests.ReviewedAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await setup.Coordinator.PutAsJsonAsync($"/api/calls/{setup.CallId}/selection/settings", new { confirmationDays = 5 })).StatusCode);
        await (await setup.Coordinator.PutAsJsonAsync($"/api/calls/{setup.CallId}/selection/settings", new { confirmationDays = 0 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", PublicationRuleTests.Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var anonymous = factory.CreateClient();
        foreach (var who in new[] { "Dorian", "Alix", "Fanny" })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(
                $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, who, setup.CallId)}", new { response = "confirm" })).StatusCode);
        }

        var chloe = SelectionApi.ConfirmationToken(factory, "Chloé", setup.CallId);
        factory.Clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await LifecycleApi.SendAsync(factory, new LapseUnansweredOffers()));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await LifecycleApi.SendAsync(factory, new LapseUnansweredOffers()));
        Assert.Equal(0, await LifecycleApi.SendAsync(factory, new LapseUnansweredOffers()));
        await factory.DeliverOutboxAsync();

        var mails = factory.Mails().Where(m => m.To.ToString().Contains($"{setup.CallId:N}@", StringComparison.Ordinal)).ToList();
        var lapsed = Assert.Single(mails, m => m.Subject!.StartsWith("Votre place n'a pas été confirmée", StringComparison.Ordinal));
        Assert.Contains("Bonjour Chloé,", lapsed.TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le 7 mars 2026 à 10h00 (heure de Paris)", lapsed.TextBody, StringComparison.Ordinal);

        // Basile scores better but shares Alix's department; Gaël keeps the social-action minimum and the caps.
        var offered = mails.Where(m => m.Subject!.StartsWith("Vous êtes retenu·e", StringComparison.Ordinal) && m.TextBody!.Contains("Bonjour Gaël,", StringComparison.Ordinal));
        Assert.Contains("avant le 12 mars 2026 à 10h01 (heure de Paris)", Assert.Single(offered).TextBody, StringComparison.Ordinal);
        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates?decision=accepted")).JsonAsync();
        Assert.Equal(["Alix", "Dorian", "Fanny", "Gaël"], board["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>().Split(' ')[0]).Order(StringComparer.Ordinal));

        var late = await (await anonymous.PostAsJsonAsync($"/api/selection/confirmations/{chloe}", new { response = "confirm" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("délai pour répondre est passé", late["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Gaël", setup.CallId)}", new { response = "confirm" })).StatusCode);
    }
}
