using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Selection;

/// <summary>A freed place offered in one call, within the balance the coordinator chose; publications that race.</summary>
public sealed class SelectionOfferTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
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

    /// <summary>Dorian, Alix, Fanny and Chloé accepted (one per department, two per sector); Basile, Gaël, Elsa waitlisted.</summary>
    private async Task<SelectionSetup> DecidedAsync()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        foreach (var (who, mark) in Marks)
        {
            Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(reviewer, setup, who, SelectionApi.Review(mark, mark, mark, mark))).StatusCode);
        }

        var proposal = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal",
            new { groupSize = 4, minSectorShare = 0.5, maxPerDepartment = 1, maxPerOrganisation = 1, apply = true })).JsonAsync();
        Assert.True(proposal["applied"]!.GetValue<bool>());
        return setup;
    }

    private static Task<HttpResponseMessage> OfferAsync(HttpClient client, SelectionSetup setup, string? who) =>
        who is null
            ? client.PostAsync($"/api/calls/{setup.CallId}/selection/offers", null)
            : client.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/offers", new { candidateId = setup.Candidates[who] });

    private List<MimeKit.MimeMessage> MailsOf(SelectionSetup setup) =>
        [.. factory.Mails().Where(m => m.To.ToString().Contains($"{setup.CallId:N}@", StringComparison.Ordinal)
            && !m.Subject!.StartsWith("Votre candidature : AMI", StringComparison.Ordinal))];

    [Fact]
    public async Task A_freed_place_goes_only_to_a_waitlisted_person_who_keeps_the_balance()
    {
        var setup = await DecidedAsync();
        var early = await (await OfferAsync(setup.Coordinator, setup, "Gaël")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("pas encore publiés", early["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        var full = await (await OfferAsync(setup.Coordinator, setup, "Gaël")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Aucune place libre : 4 personne(s) retenue(s) pour 4 place(s)", full["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        await factory.DeliverOutboxAsync();
        var declined = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Chloé", setup.CallId)}", new { response = "decline" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        var sameDepartment = await (await OfferAsync(setup.Coordinator, setup, "Basile")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("département 63 : 2 personnes pour un maximum de 1", sameDepartment["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var otherSector = await (await OfferAsync(setup.Coordinator, setup, "Elsa")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("secteur action sociale : 1 place(s) pour un minimum de 2", otherSector["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var notWaiting = await (await OfferAsync(setup.Coordinator, setup, "Dorian")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("pas sur la liste d'attente", notWaiting["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await OfferAsync(setup.Coordinator, setup, "Chloé")).ProblemAsync(HttpStatusCode.Conflict);
        await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/offers", new { candidateId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.NotFound);

        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluateur");
        await (await OfferAsync(factory.CreateClient(), setup, "Gaël")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await OfferAsync(reviewer, setup, "Gaël")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await OfferAsync(await factory.ClientWithRoleAsync(Roles.Partner), setup, "Gaël")).ProblemAsync(HttpStatusCode.Forbidden);

        // None of the refusals wrote to anyone.
        await factory.DeliverOutboxAsync();
        Assert.Equal(7, MailsOf(setup).Count);

        var offered = await (await OfferAsync(setup.Coordinator, setup, "Gaël")).JsonAsync();
        Assert.True(offered["suggested"]!.GetValue<bool>());
        await factory.DeliverOutboxAsync();
        Assert.Equal(8, MailsOf(setup).Count);
        Assert.Single(MailsOf(setup), m => m.Subject!.StartsWith("Vous êtes retenu·e", StringComparison.Ordinal)
            && m.TextBody!.Contains("Bonjour Gaël,", StringComparison.Ordinal));
        var confirmed = await factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{SelectionApi.ConfirmationToken(factory, "Gaël", setup.CallId)}", new { response = "confirm" });
        Assert.Equal("confirmed", (await confirmed.JsonAsync())["response"]!.GetValue<string>());
        var accepted = (await factory.OutboxAsync("selection"))
            .Where(m => m.Name == "selection.candidate-accepted.v2"
                && m.Payload.Contains(setup.Candidates["Gaël"].ToString(), StringComparison.Ordinal));
        Assert.Single(accepted);
    }

    [Fact]
    public async Task Two_publications_at_the_same_time_never_write_twice_to_anyone()
    {
        var setup = await DecidedAsync();
        var second = await factory.ClientWithRoleAsync(Roles.Coordinator);

        var responses = await Task.WhenAll(
            setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null),
            second.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{r.StatusCode}"));
        var written = 0;
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            var report = await response.JsonAsync();
            written += report["accepted"]!.GetValue<int>() + report["waitlisted"]!.GetValue<int>() + report["declined"]!.GetValue<int>();
        }

        Assert.Equal(Applicants.Length, written);
        await factory.DeliverOutboxAsync();
        var mails = MailsOf(setup);
        Assert.Equal(Applicants.Length, mails.Count);
        Assert.All(mails.GroupBy(m => m.To.ToString()), perPerson => Assert.Single(perPerson));
        Assert.Equal(4, mails.Count(m => m.Subject!.StartsWith("Vous êtes retenu·e", StringComparison.Ordinal)));
    }
}
