using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>The whole selection, as the coordinator, two reviewers and the applicants live it.</summary>
public sealed class SelectionPathTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        .. SelectionApi.SixApplicants,
        new("Gaël", "socialAction", "13055", "Centre social du Panier"),
    ];

    // Per applicant: reviewer one's and reviewer two's mark, the same on every criterion.
    private static readonly Dictionary<string, (int One, int Two)> Marks = new()
    {
        ["Alix"] = (5, 4),
        ["Basile"] = (4, 4),
        ["Chloé"] = (3, 3),
        ["Dorian"] = (5, 5),
        ["Elsa"] = (2, 2),
        ["Fanny"] = (4, 3),
        ["Gaël"] = (3, 2),
    };

    [Fact]
    public async Task Applications_become_a_balanced_group_whose_members_confirm_and_whose_free_places_are_refilled()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants);
        Assert.Equal(Applicants.Length, setup.Candidates.Count);
        var one = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluatrice 1");
        var two = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluateur 2");
        foreach (var (who, (markOne, markTwo)) in Marks)
        {
            Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(one, setup, who, SelectionApi.Review(markOne, markOne, markOne, markOne))).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(two, setup, who, SelectionApi.Review(markTwo, markTwo, markTwo, markTwo))).StatusCode);
        }

        // A reviewer changes their mind before publication: same review, updated.
        var changed = await SelectionApi.ReviewAsync(one, setup, "Gaël", SelectionApi.Review(3, 3, 3, 3, "Après relecture."));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.JsonAsync())["candidate"]!["reviewCount"]!.GetValue<int>());

        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Equal(["motivation", "experience", "contribution", "territorialAnchoring"], board["criteria"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()));
        Assert.Equal("Ancrage territorial rural", board["criteria"]![3]!["label"]!.GetValue<string>());
        Assert.Equal("Dorian Martin", board["items"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(5.0, board["items"]![0]!["averageScore"]!.GetValue<double>());

        var proposal = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal",
            new { groupSize = 4, minSectorShare = 0.5, maxPerDepartment = 1, maxPerOrganisation = 1, apply = true })).JsonAsync();
        Assert.True(proposal["feasible"]!.GetValue<bool>());
        Assert.Equal(16.0, proposal["totalScore"]!.GetValue<double>());
        Assert.Equal(Ids(setup, "Dorian", "Alix", "Fanny", "Chloé"), proposal["accepted"]!.AsArray().Select(a => a!["candidateId"]!.GetValue<Guid>()));
        Assert.Equal(Ids(setup, "Basile", "Gaël", "Elsa"), proposal["waitlist"]!.AsArray().Select(a => a!["candidateId"]!.GetValue<Guid>()));
        Assert.Equal("non retenu·e : département 63 déjà à 1/1", proposal["waitlist"]![0]!["reason"]!.GetValue<string>());

        var balance = (await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync())["balance"]!;
        Assert.Equal(2, balance["bySector"]!["socialAction"]!.GetValue<int>());
        Assert.Equal(2, balance["bySector"]!["localDevelopment"]!.GetValue<int>());

        // The coordinator overrides one proposed decision.
        var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, "Elsa");
        Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, "Elsa", "declined", etag)).StatusCode);

        var published = await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).JsonAsync();
        Assert.Equal(4, published["accepted"]!.GetValue<int>());
        Assert.Equal(2, published["waitlisted"]!.GetValue<int>());
        Assert.Equal(1, published["declined"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(4, SelectionMails("Vous êtes retenu·e").Count);
        Assert.Contains("position 1", Assert.Single(SelectionMails("Liste d'attente"), m => m.TextBody!.Contains("Bonjour Basile,", StringComparison.Ordinal)).TextBody!, StringComparison.Ordinal);
        Assert.Contains("Merci sincèrement", Assert.Single(SelectionMails("Votre candidature : Mailler")).TextBody!, StringComparison.Ordinal);

        // Reviews are frozen once the results are out.
        await (await SelectionApi.ReviewAsync(one, setup, "Elsa", SelectionApi.Review(5, 5, 5, 5))).ProblemAsync(HttpStatusCode.Conflict);

        var anonymous = factory.CreateClient();
        var confirmed = await anonymous.PostAsJsonAsync($"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Alix")}", new { response = "confirm" });
        Assert.Equal("confirmed", (await confirmed.JsonAsync())["response"]!.GetValue<string>());
        var declined = await anonymous.PostAsJsonAsync($"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Chloé")}", new { response = "decline" });
        Assert.Equal("declined", (await declined.JsonAsync())["response"]!.GetValue<string>());
        Assert.DoesNotContain("Gaël", await declined.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Basile is next on the list but would make two from department 63: Gaël keeps the rules.
        var chloe = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Chloé"]}")).JsonAsync();
        Assert.Equal(setup.Candidates["Gaël"], chloe["suggestedReplacementId"]!.GetValue<Guid>());
        Assert.Equal("declined", chloe["decision"]!.GetValue<string>());

        // The coordinator offers the freed place in one call: by default to the suggested replacement.
        var offered = await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/offers", null);
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        var offer = await offered.JsonAsync();
        Assert.Equal(setup.Candidates["Gaël"], offer["candidateId"]!.GetValue<Guid>());
        Assert.True(offer["suggested"]!.GetValue<bool>());
        Assert.Equal(4, offer["accepted"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(5, SelectionMails("Vous êtes retenu·e").Count);
        Assert.Single(SelectionMails("Vous êtes retenu·e"), m => m.TextBody!.Contains("Bonjour Gaël,", StringComparison.Ordinal));
        var gael = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Gaël"]}")).JsonAsync();
        Assert.Equal("accepted", gael["publishedDecision"]!.GetValue<string>());

        // The group is full again: no second offer.
        await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/offers", null)).ProblemAsync(HttpStatusCode.Conflict);

        // Publishing with nothing changed writes to nobody.
        var idle = await (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).JsonAsync();
        Assert.Equal(0, idle["accepted"]!.GetValue<int>() + idle["waitlisted"]!.GetValue<int>() + idle["declined"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(8, SelectionMails("").Count(m => !m.Subject!.StartsWith("Votre candidature : AMI", StringComparison.Ordinal)));

        var events = (await factory.OutboxAsync("selection")).Where(m => m.Kind.ToString() == "Event").ToList();
        Assert.All(events, e => Assert.NotNull(e.ProcessedAt));
        Assert.Equal(5, events.Count(e => e.Name == "selection.candidate-accepted.v2"));
        var confirmation = Assert.Single(events, e => e.Name == "selection.participant-confirmed.v1");
        Assert.Contains($"alix.{setup.CallId:N}@example.org", confirmation.Payload, StringComparison.Ordinal);
        Assert.Contains("\"consentToDirectory\":true", confirmation.Payload, StringComparison.Ordinal);
        var decline = Assert.Single(events, e => e.Name == "selection.participant-declined.v1");
        Assert.Contains(setup.Candidates["Gaël"].ToString(), decline.Payload, StringComparison.Ordinal);
    }

    private static Guid[] Ids(SelectionSetup setup, params string[] names) => [.. names.Select(n => setup.Candidates[n])];

    private List<MimeKit.MimeMessage> SelectionMails(string subjectStart) =>
        [.. factory.Mails().Where(m => m.Subject!.StartsWith(subjectStart, StringComparison.Ordinal)
            && !m.Subject!.StartsWith("Votre candidature : AMI", StringComparison.Ordinal)
            && !m.Subject!.StartsWith("Bienvenue dans le groupe de travail", StringComparison.Ordinal))];
}
