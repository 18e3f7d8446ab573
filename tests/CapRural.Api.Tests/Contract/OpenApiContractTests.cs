using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CapRural.Api.Tests.Contract;

/// <summary>What a client generator needs from the document to produce a client that works.</summary>
public sealed partial class OpenApiContractTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_served_document_is_the_committed_contract()
    {
        var served = ContractDocument.Format(await ContractDocument.ServedAsync(factory));
        if (Environment.GetEnvironmentVariable("UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(ContractDocument.CommittedPath, served);
        }

        var committed = File.Exists(ContractDocument.CommittedPath) ? await File.ReadAllTextAsync(ContractDocument.CommittedPath) : "";
        Assert.True(committed == served,
            "The API's contract changed: review the change, then run `UPDATE_CONTRACT=1 dotnet test tests/CapRural.Api.Tests " +
            "--filter The_served_document_is_the_committed_contract` and commit build/contract/openapi.json (the clients are generated from it).");
    }

    [Fact]
    public async Task Every_operation_has_a_unique_camel_case_id_from_the_list()
    {
        var document = await ContractDocument.ServedAsync(factory);
        var ids = ContractDocument.Operations(document).Select(o => (o.Method, o.Path, Id: o.Operation["operationId"]?.GetValue<string>())).ToList();

        Assert.All(ids, o => Assert.True(o.Id is not null && CamelCase().IsMatch(o.Id), $"{o.Method} {o.Path}: operationId '{o.Id}'"));
        Assert.Empty(ids.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        var unlisted = ids.Where(o => Host.OpenApi.OperationIds.For(o.Method, o.Path, null) is null).Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.True(unlisted.Count == 0, "Give these operations an id in src/CapRural.Host/OpenApi/OperationIds.cs: " + string.Join(", ", unlisted));
        Assert.Contains(ids, o => o is { Id: "decideCandidate", Method: "PUT", Path: "/api/calls/{callId}/candidates/{candidateId}/decision" });
        Assert.Contains(ids, o => o is { Id: "createCall", Method: "POST", Path: "/api/calls" });
    }

    [Fact]
    public async Task Schema_names_are_readable_type_names()
    {
        var schemas = (await ContractDocument.ServedAsync(factory))["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        Assert.All(schemas, name => Assert.Matches("^[A-Z][A-Za-z0-9]*$", name));
        Assert.Contains("CallView", schemas);
        Assert.Contains("ApplicationView", schemas);
        Assert.Contains("PagedResultOfCallView", schemas);
        Assert.Contains("CandidateItem", schemas);
    }

    [Fact]
    public async Task Nullable_and_required_say_what_the_answers_really_hold()
    {
        var schemas = (await ContractDocument.ServedAsync(factory))["components"]!["schemas"]!;
        var candidate = schemas["CandidateItem"]!;
        foreach (var property in new[] { "decision", "publishedDecision", "response", "myReview", "averageScore" })
        {
            Assert.True(candidate["properties"]![property]!["nullable"]?.GetValue<bool>() == true, $"CandidateItem.{property} can be null");
        }

        Assert.Null(candidate["properties"]!["candidateId"]!["nullable"]);
        var required = Names(candidate["required"]);
        Assert.Contains("candidateId", required);
        Assert.Contains("decision", required);

        // A call always comes with its id and title: a client cannot take {} for a call.
        Assert.Contains("callId", Names(schemas["CallView"]!["required"]));
        Assert.Contains("title", Names(schemas["CallView"]!["required"]));

        // Left out of tombstones: present only on live sheets.
        var publicSheet = Names(schemas["PublicSheetView"]!["required"]);
        Assert.Contains("slug", publicSheet);
        Assert.DoesNotContain("title", publicSheet);

        // A PATCH sends only what changes.
        var change = schemas["ChangeMeeting"]!;
        Assert.Null(change["required"]);
        Assert.All(change["properties"]!.AsObject(), p => Assert.True(p.Value!["nullable"]?.GetValue<bool>() == true, $"ChangeMeeting.{p.Key}"));
    }

    [Fact]
    public async Task Every_enum_explains_its_values_in_french()
    {
        var schemas = (await ContractDocument.ServedAsync(factory))["components"]!["schemas"]!.AsObject();
        var enums = schemas.Where(s => s.Value!["enum"] is not null).ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, e =>
        {
            var values = e.Value!["enum"]!.AsArray();
            Assert.True(e.Value!["x-enumDescriptions"]?.AsArray().Count == values.Count, $"{e.Key}: describe each value in EnumDescriptions.cs");
            Assert.All(values, v => Assert.Contains($"`{v!.GetValue<string>()}` :", e.Value!["description"]!.GetValue<string>()));
        });
        Assert.Contains("liste d'attente", schemas["Decision"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filters_offer_the_values_they_accept()
    {
        var document = await ContractDocument.ServedAsync(factory);
        string? Ref(string operationId, string parameter) =>
            Operation(document, operationId)["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == parameter)!["schema"]!["$ref"]?.GetValue<string>();

        Assert.Equal("#/components/schemas/ApplicationStatus", Ref("listApplications", "status"));
        Assert.Equal("#/components/schemas/SheetStatus", Ref("listMethodSheets", "status"));
        Assert.Equal("#/components/schemas/Sector", Ref("getCandidateBoard", "sector"));
        Assert.Equal("#/components/schemas/Decision", Ref("getCandidateBoard", "decision"));
        var candidates = Operation(document, "suggestVenues")["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "candidates")!;
        Assert.Equal(["venues", "communes"], candidates["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task Headers_the_api_reads_and_writes_are_declared()
    {
        var document = await ContractDocument.ServedAsync(factory);
        var decide = Operation(document, "decideCandidate");
        var ifMatch = decide["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "If-Match")!;
        Assert.Equal("header", ifMatch["in"]!.GetValue<string>());
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        Assert.NotNull(Operation(document, "getCandidate")["responses"]!["200"]!["headers"]!["ETag"]);

        foreach (var id in new[] { "listPublicSheets", "getPublicSheet", "getMethodSheetFeed", "exportPublicSheets" })
        {
            Assert.Contains(Operation(document, id)["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-None-Match");
        }

        Assert.NotNull(Operation(document, "createCall")["responses"]!["201"]!["headers"]!["Location"]);
    }

    [Fact]
    public async Task Bodies_that_are_not_json_have_their_media_type_and_every_success_is_declared()
    {
        var document = await ContractDocument.ServedAsync(factory);
        Assert.NotNull(Operation(document, "exportApplications")["responses"]!["200"]!["content"]!["text/csv"]);
        Assert.NotNull(Operation(document, "getMethodSheetFeed")["responses"]!["200"]!["content"]!["application/atom+xml"]);
        Assert.Equal("binary", Operation(document, "exportPublicSheets")["responses"]!["200"]!["content"]!["application/zip"]!["schema"]!["format"]!.GetValue<string>());
        Assert.NotNull(Operation(document, "getMeetingCalendar")["responses"]!["200"]!["content"]!["text/calendar"]!["schema"]);
        Assert.NotNull(Operation(document, "revokeApiKey")["responses"]!["204"]);
        Assert.All(ContractDocument.Operations(document), o =>
            Assert.True(o.Operation["responses"]!.AsObject().Any(r => r.Key.StartsWith('2')), $"{o.Method} {o.Path} declares no success"));
    }

    [Fact]
    public async Task Public_operations_say_they_need_no_credential_and_the_document_names_its_server()
    {
        var document = await ContractDocument.ServedAsync(factory);
        Assert.Empty(Operation(document, "listCalls")["security"]!.AsArray());
        Assert.Empty(Operation(document, "submitApplication")["security"]!.AsArray());
        Assert.Equal("ApiKey", Operation(document, "createCall")["security"]![0]!.AsObject().Single().Key);
        Assert.Equal("/", document["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Modules_come_in_the_order_of_the_year_with_their_workflow()
    {
        var tags = (await ContractDocument.ServedAsync(factory))["tags"]!.AsArray();
        Assert.Equal(["Inscriptions", "Sélection", "Réunions", "Savoirs", "Administration", "Territoires"], tags.Select(t => t!["name"]!.GetValue<string>()).ToArray());
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>())));
    }

    private static JsonObject Operation(JsonObject document, string operationId) =>
        ContractDocument.Operations(document).Single(o => o.Operation["operationId"]?.GetValue<string>() == operationId).Operation;

    private static List<string> Names(JsonNode? array) => array?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}
