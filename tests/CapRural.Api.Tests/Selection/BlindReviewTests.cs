using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>Blind review hides the person, not only two fields: the employer's EPCI, and their details in the texts.</summary>
public sealed class BlindReviewTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Gaspard", "localDevelopment", "63430", "Communauté de communes Thiers Dore et Montagne"),
        new("Hélène", "socialAction", "63430", "CCAS de Thiers"),
    ];

    private static void Texts(Applicant applicant, JsonObject form)
    {
        form["lastName"] = applicant.FirstName == "Gaspard" ? "Delacroix" : "Roussel";
        if (applicant.FirstName == "Gaspard")
        {
            form["organisationType"] = "intercommunality";
            form["phone"] = "04 73 80 12 34";
            form["motivation"] = "Je suis Gaspard DELACROIX, chargé de mission à la communaute de communes Thiers Dore et Montagne " +
                "(écrivez-moi : " + form["email"]!.GetValue<string>().ToUpperInvariant() + " ou au 04.73.80.12.34, ou +33 4 73 80 12 34). " +
                "Notre projet « Bouge ton bourg » fédère les acteurs de Thiers.";
            form["expectations"] = "Que Delacroix ne soit plus seul à Thiers.";
        }
    }

    [Fact]
    public async Task Reviewers_see_neither_the_employers_epci_nor_the_persons_details_in_the_texts()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants, Texts);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var gaspard = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Gaspard"]}")).JsonAsync();
        Assert.Null(gaspard["epci"]);
        Assert.Null(gaspard["name"]);
        Assert.Equal("63", gaspard["department"]!.GetValue<string>());
        var motivation = gaspard["motivation"]!.GetValue<string>();
        foreach (var secret in new[] { "Gaspard", "Delacroix", "DELACROIX", "Thiers", "communaute de communes", "@example.org", "73 80", "73.80", "12 34" })
        {
            Assert.DoesNotContain(secret, motivation, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Notre projet « Bouge ton bourg » fédère les acteurs de [masqué].", motivation, StringComparison.Ordinal);
        Assert.Equal("Que [masqué] ne soit plus seul à [masqué].", gaspard["expectations"]!.GetValue<string>());

        // The EPCI of a social worker's commune is not their employer: it stays, as the department does.
        var helene = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Hélène"]}")).JsonAsync();
        Assert.Equal("CC Thiers Dore et Montagne", helene["epci"]!.GetValue<string>());

        var coordinatorView = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Gaspard"]}")).JsonAsync();
        Assert.StartsWith("Je suis Gaspard DELACROIX", coordinatorView["motivation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(coordinatorView["epci"]);
    }

    [Fact]
    public async Task The_coordinator_redacts_more_before_the_first_review()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants, Texts);
        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var route = $"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Gaspard"]}/redactions";
        var redacted = await setup.Coordinator.PutAsJsonAsync(route, new { phrases = new[] { "bouge TON bourg" } });
        Assert.Equal(HttpStatusCode.OK, redacted.StatusCode);
        Assert.Equal("bouge TON bourg", (await redacted.JsonAsync())["phrases"]![0]!.GetValue<string>());
        var seen = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates["Gaspard"]}")).JsonAsync();
        Assert.Contains("Notre projet « [masqué] » fédère", seen["motivation"]!.GetValue<string>(), StringComparison.Ordinal);

        await (await setup.Coordinator.PutAsJsonAsync(route, new { phrases = new[] { "x" } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await reviewer.PutAsJsonAsync(route, new { phrases = new[] { "Bouge" } })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().PutAsJsonAsync(route, new { phrases = new[] { "Bouge" } })).ProblemAsync(HttpStatusCode.Unauthorized);

        var review = await SelectionApi.ReviewAsync(reviewer, setup, "Gaspard", SelectionApi.Review(3, 3, 3, 3));
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        Assert.DoesNotContain("Delacroix", await review.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var late = await (await setup.Coordinator.PutAsJsonAsync(route, new { phrases = Array.Empty<string>() })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("avant la première évaluation", late["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
