using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Selection;

/// <summary>The forty applications of the 2022 demo, as reviewers and the coordinator see them.</summary>
public sealed class DemoPoolBlindnessTests : IDisposable
{
    private readonly PlatformFactory _platform = new();
    private readonly DemoClock _clock = new(new DateTimeOffset(2022, 1, 14, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

    public DemoPoolBlindnessTests() =>
        _factory = _platform.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton(_clock);
            services.AddSingleton<TimeProvider>(_clock);
        }));

    public void Dispose()
    {
        _factory.Dispose();
        _platform.Dispose();
    }

    /// <summary>Registration's part of <c>seed-demo</c>: the January 2022 call and its forty applications, delivered to Selection.</summary>
    private async Task<(Guid CallId, HttpClient Coordinator)> SeedAsync()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().Single(s => s.GetType().Name == "RegistrationDemoSeeder");
            await seeder.SeedAsync(scope.ServiceProvider, TextWriter.Null, CancellationToken.None);
        }

        var processor = _factory.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessDueAsync(CancellationToken.None) > 0)
        {
        }

        var coordinator = await ClientAsync(Roles.Coordinator);
        var calls = await (await coordinator.GetAsync("/api/calls")).JsonAsync();
        return (calls["items"]![0]!["callId"]!.GetValue<Guid>(), coordinator);
    }

    private async Task<HttpClient> ClientAsync(string role)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("Démo", role, CancellationToken.None);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, key.Key);
        _lastKeyId = key.Id;
        return client;
    }

    private Guid _lastKeyId;

    [Fact]
    public async Task No_reviewer_answer_names_anyone_of_the_demo_pool_nor_their_email_phone_or_organisation()
    {
        var (callId, coordinator) = await SeedAsync();
        var reviewer = await ClientAsync(Roles.Reviewer);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsync($"/api/calls/{callId}/reviewers/{_lastKeyId}", null)).StatusCode);

        // Each candidate's answers: the board line, the detail and the answer to a review.
        var board = await (await reviewer.GetAsync($"/api/calls/{callId}/candidates?pageSize=100")).JsonAsync();
        Assert.Equal(40, board["total"]!.GetValue<int>());
        var seenOf = new Dictionary<Guid, List<string>>();
        foreach (var item in board["items"]!.AsArray())
        {
            var route = $"/api/calls/{callId}/candidates/{item!["candidateId"]}";
            var detail = await (await reviewer.GetAsync(route)).JsonAsync();
            var reviewed = await (await reviewer.PostAsJsonAsync($"{route}/reviews", SelectionApi.Review(3, 3, 3, 3))).JsonAsync();
            seenOf[item["applicationId"]!.GetValue<Guid>()] = [.. Strings(item), .. Strings(detail), .. Strings(reviewed)];
        }

        var everything = seenOf.Values.SelectMany(s => s).ToList();
        var applications = (await (await coordinator.GetAsync($"/api/calls/{callId}/applications?pageSize=100")).JsonAsync())["items"]!.AsArray();
        Assert.Equal(40, applications.Count);
        var leaks = new List<string>();
        foreach (var application in applications)
        {
            var own = seenOf[application!["applicationId"]!.GetValue<Guid>()];
            var person = new[] { application["firstName"], application["lastName"], application["email"], application["phone"] }
                .Where(v => v is not null).Select(v => v!.GetValue<string>()).ToList();
            Assert.True(person.Count >= 3);
            // A person's details appear nowhere; their organisation not on their own lines (it may be another's EPCI).
            leaks.AddRange(person.Where(secret => everything.Any(text => text.Contains(secret, StringComparison.OrdinalIgnoreCase))));
            var organisation = application["organisation"]!.GetValue<string>();
            if (own.Any(text => text.Contains(organisation, StringComparison.OrdinalIgnoreCase)))
            {
                leaks.Add(organisation);
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task The_six_caisses_d_allocations_familiales_of_the_demo_count_as_one_organisation_per_department()
    {
        var (callId, coordinator) = await SeedAsync();
        var board = await (await coordinator.GetAsync($"/api/calls/{callId}/candidates?pageSize=100")).JsonAsync();
        var cafPeople = board["items"]!.AsArray().Where(i => i!["organisation"]!.GetValue<string>() == "Caisse d'allocations familiales").ToList();
        Assert.Equal(6, cafPeople.Count);

        // Six people, five departments (two work in the Ain): five CAFs, where the typed name alone made one.
        var cafs = board["organisations"]!.AsArray().Where(g => g!["name"]!.GetValue<string>() == "Caisse d'allocations familiales").ToList();
        var departments = cafPeople.Select(i => i!["department"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal(5, departments.Count);
        Assert.Equal(departments.Order(StringComparer.Ordinal), cafs.Select(g => g!["department"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(6, cafs.Sum(g => g!["candidateIds"]!.AsArray().Count));
        Assert.All(cafs, g => Assert.Equal("name", g!["source"]!.GetValue<string>()));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
