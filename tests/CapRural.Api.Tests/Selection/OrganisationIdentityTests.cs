using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>"At most N per organisation" counts organisations, not spellings: SIREN first, then the name within a department, then the coordinator's say.</summary>
public sealed class OrganisationIdentityTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Siret = "21630113510001";

    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "Caisse d'allocations familiales"),
        new("Basile", "socialAction", "15014", "Caisse d'allocations familiales"),
        new("Chloé", "socialAction", "15187", "Département du Cantal"),
        new("Dorian", "localDevelopment", "15014", "Departement  du cantal"),
        new("Elsa", "localDevelopment", "63430", "Mairie de Thiers"),
        new("Fanny", "localDevelopment", "63430", "Ville de Thiers — services techniques"),
    ];

    private static void Numbers(Applicant applicant, JsonObject form)
    {
        if (applicant.FirstName == "Elsa")
        {
            form["siren"] = "216 301 135";
        }
        else if (applicant.FirstName == "Fanny")
        {
            form["siret"] = Siret;
        }
    }

    [Fact]
    public async Task A_siren_or_siret_must_carry_its_check_digit()
    {
        var coordinator = await factory.ClientWithRoleAsync(CapRural.BuildingBlocks.Security.Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        foreach (var (field, value, message) in new[]
        {
            ("siren", "216301136", "9 chiffres et une clé"),
            ("siren", "21630113", "9 chiffres"),
            ("siret", "21630113510002", "14 chiffres et une clé"),
            ("siret", "2163011351000A", "14 chiffres"),
        })
        {
            var form = RegistrationApi.Form($"{field}-{value}@example.org");
            form[field] = value;
            var problem = await (await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", form)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains(message, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var mismatch = RegistrationApi.Form("mismatch@example.org");
        mismatch["siren"] = "200071165";
        mismatch["siret"] = Siret;
        var mismatched = await (await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", mismatch)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("commence par le SIREN", mismatched["errors"]!["siret"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var valid = RegistrationApi.Form("valid-siret@example.org");
        valid["siret"] = "216 301 135 10001";
        Assert.Equal(HttpStatusCode.Created, (await factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", valid)).StatusCode);
    }

    [Fact]
    public async Task The_same_siren_or_the_same_name_in_one_department_is_one_organisation_and_the_coordinator_can_merge_or_split()
    {
        var setup = await SelectionApi.SetUpAsync(factory, Applicants, Numbers);
        var board = await (await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        var groups = Groups(board);
        Assert.Equal(4, groups.Count);
        Assert.Contains(groups, g => g.Source == "siren" && g.Members.SetEquals(Ids(setup, "Elsa", "Fanny")));
        Assert.Contains(groups, g => g.Source == "name" && g.Members.SetEquals(Ids(setup, "Chloé", "Dorian")));
        Assert.Equal(2, groups.Count(g => g.Name == "Caisse d'allocations familiales" && g.Members.Count == 1));
        Assert.Equal(groups.Single(g => g.Members.Contains(setup.Candidates["Elsa"])).Key,
            board["items"]!.AsArray().Single(i => i!["candidateId"]!.GetValue<Guid>() == setup.Candidates["Fanny"])!["organisationKey"]!.GetValue<string>());

        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        var seen = await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates")).JsonAsync();
        Assert.Null(seen["organisations"]);
        Assert.All(seen["items"]!.AsArray(), i => Assert.Null(i!["organisationKey"]));

        // Four organisations, one person each at most: a fifth place cannot be filled, and both CAFs can be in.
        var five = await ProposeAsync(setup, 5);
        Assert.False(five["feasible"]!.GetValue<bool>());
        Assert.Contains("par organisation", five["problems"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var four = await ProposeAsync(setup, 4);
        Assert.True(four["feasible"]!.GetValue<bool>());
        var accepted = four["accepted"]!.AsArray().Select(l => l!["candidateId"]!.GetValue<Guid>()).ToHashSet();
        Assert.Superset(Ids(setup, "Alix", "Basile"), accepted);

        // The coordinator knows the two Cantal departments are one body and the two CAFs are not: split, then merge.
        var split = await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/organisations",
            new { action = "split", candidateIds = new[] { setup.Candidates["Chloé"], setup.Candidates["Dorian"] } });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        Assert.Equal(5, Groups(await split.JsonAsync()).Count);
        Assert.True((await ProposeAsync(setup, 5))["feasible"]!.GetValue<bool>());

        var merged = await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/organisations",
            new { action = "merge", candidateIds = new[] { setup.Candidates["Basile"], setup.Candidates["Alix"] } });
        var afterMerge = Groups(await merged.JsonAsync());
        Assert.Contains(afterMerge, g => g.Source == "coordinator" && g.Members.SetEquals(Ids(setup, "Alix", "Basile")));
        Assert.False((await ProposeAsync(setup, 5))["feasible"]!.GetValue<bool>());

        var reset = await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/organisations",
            new { action = "reset", candidateIds = new[] { setup.Candidates["Basile"], setup.Candidates["Alix"], setup.Candidates["Chloé"], setup.Candidates["Dorian"] } });
        Assert.Equal(4, Groups(await reset.JsonAsync()).Count);

        var route = $"/api/calls/{setup.CallId}/organisations";
        await (await setup.Coordinator.PostAsJsonAsync(route, new { action = "merge", candidateIds = new[] { setup.Candidates["Alix"] } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await setup.Coordinator.PostAsJsonAsync(route, new { action = "merge", candidateIds = new[] { setup.Candidates["Alix"], Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.PostAsJsonAsync(route, new { action = "split", candidateIds = new[] { setup.Candidates["Alix"] } })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().PostAsJsonAsync(route, new { action = "split", candidateIds = new[] { setup.Candidates["Alix"] } })).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal",
            new { groupSize = 4, minSectorShare = 0, maxPerOrganisation = 1, apply = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await (await setup.Coordinator.PostAsJsonAsync(route, new { action = "split", candidateIds = new[] { setup.Candidates["Elsa"] } })).ProblemAsync(HttpStatusCode.Conflict);
    }

    private sealed record Group(string Key, string Name, string Source, HashSet<Guid> Members);

    private static List<Group> Groups(JsonNode answer) =>
        [.. answer["organisations"]!.AsArray().Select(g => new Group(
            g!["key"]!.GetValue<string>(), g["name"]!.GetValue<string>(), g["source"]!.GetValue<string>(),
            g["candidateIds"]!.AsArray().Select(id => id!.GetValue<Guid>()).ToHashSet()))];

    private static HashSet<Guid> Ids(SelectionSetup setup, params string[] who) => [.. who.Select(w => setup.Candidates[w])];

    private static async Task<JsonNode> ProposeAsync(SelectionSetup setup, int size) =>
        await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal",
            new { groupSize = size, minSectorShare = 0, maxPerOrganisation = 1 })).JsonAsync();
}
