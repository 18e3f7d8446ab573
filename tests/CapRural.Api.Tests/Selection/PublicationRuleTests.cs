using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>Publishing waits for the call to close, a proposal leaves hand-made decisions alone, and a lost confirmation link can be sent again.</summary>
public sealed class PublicationRuleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        .. SelectionApi.SixApplicants,
        new("Gaël", "socialAction", "13055", "Centre social du Panier"),
    ];

    private static readonly Dictionary<string, int> Marks = new()
    {
        ["Alix"] = 5, ["Basile"] = 4, ["Chloé"] = 3, ["Dorian"] = 5, ["Elsa"] = 2, ["Fanny"] = 4, ["Gaël"] = 2,
    };

    internal static readonly object Rules = new { groupSize = 4, minSectorShare = 0.5, maxPerDepartment = 1, maxPerOrganisation = 1, apply = true };

    /// <summary>Everyone reviewed once: Dorian, Alix, Fanny and Chloé make the best balanced group of four.</summary>
    internal static async Task<SelectionSetup> ReviewedAsync(PlatformFactory factory)
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        foreach (var (who, mark) in Marks)
        {
            Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(reviewer, setup, who, SelectionApi.Review(mark, mark, mark, mark))).StatusCode);
        }

        return setup;
    }

    private List<MimeKit.MimeMessage> MailsOf(SelectionSetup setup) =>
        [.. factory.Mails().Where(m => m.To.ToString().Contains($"{setup.CallId:N}@", StringComparison.Ordinal)
            && !m.Subject!.StartsWith("Votre candidature : AMI", StringComparison.Ordinal))];

    [Fact]
    public async Task Results_wait_for_the_call_to_close_unless_the_coordinator_forces_them()
    {
        var setup = await ReviewedAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", Rules)).StatusCode);

        var open = await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("jusqu'au 1 avril 2026 à 11h00 (heure de Paris)", open["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("force=true", open["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await factory.DeliverOutboxAsync();
        Assert.Empty(MailsOf(setup));

        var forced = await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(4, (await forced.JsonAsync())["accepted"]!.GetValue<int>());

        // The acceptance states the first meeting's day and the deadline to answer (ten days, Paris time).
        await factory.DeliverOutboxAsync();
        var accepted = MailsOf(setup).Single(m => m.TextBody!.Contains("Bonjour Dorian,", StringComparison.Ordinal));
        Assert.Contains("La première rencontre du groupe est prévue le vendredi 1 mai 2026.", accepted.TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le 12 mars 2026 à 10h00 (heure de Paris)", accepted.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_closed_early_by_the_coordinator_has_its_results_published_without_forcing()
    {
        var setup = await ReviewedAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/close", null)).StatusCode);
        await factory.DeliverOutboxAsync();

        var published = await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(4, (await published.JsonAsync())["accepted"]!.GetValue<int>());
    }

    [Fact]
    public async Task Applying_a_proposal_keeps_the_decisions_made_by_hand_and_names_them()
    {
        var setup = await ReviewedAsync(factory);
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Elsa");
        Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, "Elsa", "accepted", etag)).StatusCode);

        var applied = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", Rules)).JsonAsync();
        Assert.True(applied["applied"]!.GetValue<bool>());
        var kept = Assert.Single(applied["kept"]!.AsArray())!;
        Assert.Equal(setup.Candidates["Elsa"], kept["candidateId"]!.GetValue<Guid>());
        Assert.Equal("accepted", kept["decision"]!.GetValue<string>());
        Assert.Equal("waitlisted", kept["proposed"]!.GetValue<string>());
        Assert.Equal("accepted", await DecisionAsync(setup, "Elsa"));
        Assert.Equal("accepted", await DecisionAsync(setup, "Dorian"));

        // Applied again, the proposal's own decisions are not "by hand": nothing more is kept.
        var again = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", Rules)).JsonAsync();
        Assert.Single(again["kept"]!.AsArray());

        var overridden = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal",
            new { groupSize = 4, minSectorShare = 0.5, maxPerDepartment = 1, maxPerOrganisation = 1, apply = true, overrideManualDecisions = true })).JsonAsync();
        Assert.Empty(overridden["kept"]!.AsArray());
        Assert.Equal("waitlisted", await DecisionAsync(setup, "Elsa"));
    }

    [Fact]
    public async Task An_accepted_person_who_lost_the_email_gets_a_new_link_and_nobody_learns_who_applied()
    {
        var setup = await ReviewedAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var lost = SelectionApi.ConfirmationToken(factory, "Dorian", setup.CallId);
        var before = MailsOf(setup).Count;

        var anonymous = factory.CreateClient();
        var known = await anonymous.PostAsJsonAsync("/api/selection/confirmation-link", new { email = $"DORIAN.{setup.CallId:N}@example.org" });
        var waitlisted = await anonymous.PostAsJsonAsync("/api/selection/confirmation-link", new { email = $"basile.{setup.CallId:N}@example.org" });
        var unknown = await anonymous.PostAsJsonAsync("/api/selection/confirmation-link", new { email = "nobody@example.org" });
        foreach (var answer in new[] { known, waitlisted, unknown })
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        }

        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(await known.Content.ReadAsStringAsync(), await waitlisted.Content.ReadAsStringAsync());
        await (await anonymous.PostAsJsonAsync("/api/selection/confirmation-link", new { email = "not an address" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await factory.DeliverOutboxAsync();
        Assert.Equal(before + 1, MailsOf(setup).Count);
        var mail = Assert.Single(MailsOf(setup), m => m.Subject!.StartsWith("Votre lien de confirmation", StringComparison.Ordinal));
        Assert.Contains("Bonjour Dorian,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le 12 mars 2026 à 10h00 (heure de Paris)", mail.TextBody, StringComparison.Ordinal);
        var fresh = Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"confirmation\?token=(\S+)").Groups[1].Value);

        await (await anonymous.PostAsJsonAsync($"/api/selection/confirmations/{lost}", new { response = "confirm" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/selection/confirmations/{fresh}", new { response = "confirm" })).StatusCode);
    }

    private static async Task<string> DecisionAsync(SelectionSetup setup, string who) =>
        (await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates[who]}")).JsonAsync())["decision"]!.GetValue<string>();
}
