using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CapRural.Api.Tests.Knowledge;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Fuzz;

/// <summary>
/// Every operation of the served OpenAPI document, attacked with seeded hostile requests as each
/// kind of caller: no answer may be a 5xx, an error without a problem body, or a stack trace.
/// Replay a run with FUZZ_SEED; FUZZ_REQUESTS sets the requests per operation and caller.
/// </summary>
public sealed partial class OpenApiFuzzTests
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public async Task No_hostile_request_gets_a_server_error_an_empty_error_or_a_stack_trace()
    {
        var seed = Setting("FUZZ_SEED", 11);
        var perCaller = Setting("FUZZ_REQUESTS", 10);
        using var factory = new PlatformFactory();
        var (callers, known) = await SetUpAsync(factory);
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var generator = new RequestGenerator(document, known);
        var operations = RequestGenerator.Operations(document);
        Assert.True(operations.Count > 40, $"only {operations.Count} operations documented");

        var failures = new List<string>();
        var sent = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var operation in operations)
        {
            var random = new Random(seed ^ StableHash(operation.Method + " " + operation.Path));
            foreach (var (who, client) in callers)
            {
                for (var i = 0; i < perCaller; i++)
                {
                    using var request = generator.Build(operation, random);
                    var described = $"{who} {request.Method} {request.RequestUri} [{request.Headers.Accept}] {Describe(request.Content)}";
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request);
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
                    {
                        failures.Add($"{described} → exception {e.GetType().Name}: {e.Message}");
                        continue;
                    }

                    sent++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    using (response)
                    {
                        if (await ProblemWith(request, response) is { } problem)
                        {
                            failures.Add($"{described} → {(int)response.StatusCode}: {problem}");
                        }
                    }
                }
            }
        }

        Assert.True(sent > 2000, $"only {sent} requests sent");
        // The generator must get past the parser and the access checks, or it proves little.
        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value) > 100, summary);
        Assert.True(statuses.GetValueOrDefault(422) > 100, summary);
        Assert.True(failures.Count == 0, $"seed {seed}, {failures.Count} of {sent} requests failed:\n" + string.Join('\n', failures.Distinct().Take(40)));
    }

    private static async Task<string?> ProblemWith(HttpRequestMessage request, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            return "server error " + Shorten(body);
        }

        if (StackTrace().IsMatch(body))
        {
            return "stack trace in the body " + Shorten(body);
        }

        if ((int)response.StatusCode >= 400 && request.Method != HttpMethod.Head)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return "empty error body";
            }

            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return "error as " + response.Content.Headers.ContentType;
            }
        }

        return null;
    }

    private static async Task<(List<(string Who, HttpClient Client)> Callers, Dictionary<string, string> Known)> SetUpAsync(PlatformFactory factory)
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var venueId = await MeetingsApi.VenueAsync(coordinator, "Maison des associations", "63113");
        var meeting = await MeetingsApi.PlanAsync(coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/groupe"));
        var poll = await (await coordinator.PostAsJsonAsync($"/api/groups/{group.GroupId}/date-polls", new JsonObject
        {
            ["title"] = "Prochaine réunion",
            ["options"] = new JsonArray(
                new JsonObject { ["startsAt"] = "2027-01-05T09:30", ["durationMinutes"] = 120 },
                new JsonObject { ["startsAt"] = "2027-01-12T09:30", ["durationMinutes"] = 120 }),
        })).JsonAsync();
        var sheet = await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Aller vers les publics"));
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var (applicationId, applicationToken) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("fuzz@example.org"));

        var known = new Dictionary<string, string>
        {
            ["callId"] = callId.ToString(),
            ["groupId"] = group.GroupId.ToString(),
            ["applicationId"] = applicationId.ToString(),
            ["meetingId"] = meeting["meetingId"]!.ToString(),
            ["venueId"] = venueId.ToString(),
            ["pollId"] = poll["pollId"]!.ToString(),
            ["pollOptionId"] = poll["options"]![0]!["optionId"]!.ToString(),
            ["sheetId"] = sheet.Id().ToString(),
            ["code"] = "63113",
            ["module"] = "registration",
        };

        var garbage = factory.CreateClient();
        garbage.DefaultRequestHeaders.TryAddWithoutValidation(Credentials.ApiKeyHeader, "not-a-key\u00e9");
        List<(string, HttpClient)> callers =
        [
            ("anonymous", factory.CreateClient()),
            ("garbage-key", garbage),
            ("coordinator", coordinator),
            ("reviewer", await factory.ClientWithRoleAsync(Roles.Reviewer)),
            ("partner", await factory.ClientWithRoleAsync(Roles.Partner)),
            ("applicant", factory.ClientWithApplicationToken(applicationToken)),
            ("member", MeetingsApi.Member(factory, group.Tokens["Alix"])),
        ];
        return (callers, known);
    }

    private static string Describe(HttpContent? content) =>
        content is null ? "" : $"{content.Headers.ContentType} {Shorten(System.Text.Encoding.UTF8.GetString(content.ReadAsByteArrayAsync().GetAwaiter().GetResult()))}";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    // FNV-1a: string.GetHashCode changes between runs, which would break replay.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    [GeneratedRegex(@"(\bat [\w.`<>\[\]]+\(|\.cs:line \d|Exception:|System\.[A-Z]\w+Exception)")]
    private static partial Regex StackTrace();
}
