using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Selection;

/// <summary>An applied proposal can be checked later: its inputs are recorded, hashed and solved again on demand; the board exports to Excel.</summary>
public sealed class SelectionRecordTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_applied_proposal_is_recorded_and_a_replay_says_whether_it_gives_the_same_group()
    {
        var setup = await PublicationRuleTests.ReviewedAsync(factory);
        var route = $"/api/calls/{setup.CallId}/selection/record";
        await (await setup.Coordinator.GetAsync(route)).ProblemAsync(HttpStatusCode.NotFound);
        var applied = await (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", PublicationRuleTests.Rules)).JsonAsync();

        var record = await (await setup.Coordinator.GetAsync(route)).JsonAsync();
        Assert.Equal("exact-flow-lagrange-branch-and-bound/1", record["solverVersion"]!.GetValue<string>());
        Assert.Equal(4, record["constraints"]!["groupSize"]!.GetValue<int>());
        Assert.Equal(1, record["constraints"]!["maxPerDepartment"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{64}$", record["snapshotHash"]!.GetValue<string>());
        var scores = record["scores"]!.AsArray();
        Assert.Equal(7, scores.Count);
        Assert.All(scores, s => Assert.Matches("^o[0-9]+$", s!["organisation"]!.GetValue<string>()));
        Assert.Equal(5, scores.Single(s => s!["candidateId"]!.GetValue<Guid>() == setup.Candidates["Dorian"])!["averageScore"]!.GetValue<double>());
        var accepted = applied["accepted"]!.AsArray().Select(l => l!["candidateId"]!.GetValue<Guid>()).ToHashSet();
        Assert.True(accepted.SetEquals(record["accepted"]!.AsArray().Select(i => i!.GetValue<Guid>())));
        Assert.Equal(1, record["appliedProposals"]!.GetValue<int>());

        // Reviews changed afterwards do not change what the recorded proposal rested on.
        var late = await SelectionApi.AssignedReviewerAsync(factory, setup, "Évaluateur tardif");
        Assert.Equal(HttpStatusCode.Created, (await SelectionApi.ReviewAsync(late, setup, "Dorian", SelectionApi.Review(0, 0, 0, 0))).StatusCode);
        var replay = await (await setup.Coordinator.PostAsync($"{route}/replay", null)).JsonAsync();
        Assert.True(replay["sameGroup"]!.GetValue<bool>());
        Assert.True(replay["snapshotIntact"]!.GetValue<bool>());
        Assert.Equal(record["totalScore"]!.GetValue<double>(), replay["totalScore"]!.GetValue<double>());
        Assert.Empty(replay["joining"]!.AsArray());

        // Scores altered in the database: the hash no longer matches, and the replay names who would leave.
        Assert.Equal(1, await factory.ExecuteAsync("selection", "UPDATE selection_records SET \"Snapshot\" = replace(\"Snapshot\", '\"averageScore\":5,', '\"averageScore\":0,')"));

        var tampered = await (await setup.Coordinator.PostAsync($"{route}/replay", null)).JsonAsync();
        Assert.False(tampered["snapshotIntact"]!.GetValue<bool>());
        Assert.False(tampered["sameGroup"]!.GetValue<bool>());
        Assert.Contains(setup.Candidates["Dorian"], tampered["leaving"]!.AsArray().Select(i => i!.GetValue<Guid>()));

        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup);
        await (await reviewer.GetAsync(route)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reviewer.PostAsync($"{route}/replay", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().PostAsync($"{route}/replay", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await setup.Coordinator.GetAsync($"/api/calls/{Guid.NewGuid()}/selection/record")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_board_exports_to_a_csv_file_for_a_french_excel()
    {
        var setup = await PublicationRuleTests.ReviewedAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsJsonAsync($"/api/calls/{setup.CallId}/selection/proposal", PublicationRuleTests.Rules)).StatusCode);
        var response = await setup.Coordinator.GetAsync($"/api/calls/{setup.CallId}/candidates.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Identifiant;Nom;Secteur;Département;Organisation;Organisation comptée comme;Score moyen;Évaluations;Motivation;", lines[0], StringComparison.Ordinal);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith($"{setup.Candidates["Alix"]};Alix Martin;Action sociale;63;CCAS de Thiers;name:63:ccas de thiers;5;1;5;5;5;5;Retenu·e;;", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("Elsa Martin", StringComparison.Ordinal) && l.Contains(";2;1;", StringComparison.Ordinal) && l.EndsWith("Liste d'attente;;", StringComparison.Ordinal));

        var reviewer = await SelectionApi.AssignedReviewerAsync(factory, setup, "Autre");
        await (await reviewer.GetAsync($"/api/calls/{setup.CallId}/candidates.csv")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
