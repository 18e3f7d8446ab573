using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Contract;

/// <summary>The check that every API test's JSON answers pass through, tried on answers that break it.</summary>
public sealed class ResponseValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Lazy<JsonObject> Document = new(() => JsonNode.Parse(File.ReadAllText(ContractDocument.CommittedPath))!.AsObject());

    [Fact]
    public void A_null_where_a_value_is_promised_or_a_missing_required_property_is_caught()
    {
        var validator = new SchemaValidator(Document.Value);
        var schema = new JsonObject { ["$ref"] = "#/components/schemas/CandidateItem" };
        var valid = Candidate();
        Assert.Empty(validator.Validate(valid, schema));

        var nullId = Candidate();
        nullId["candidateId"] = null;
        Assert.Contains(validator.Validate(nullId, schema), e => e.Contains("$.candidateId: null", StringComparison.Ordinal));

        var missing = Candidate();
        missing.Remove("decision");
        Assert.Contains(validator.Validate(missing, schema), e => e.Contains("'decision' is missing", StringComparison.Ordinal));

        var unknownValue = Candidate();
        unknownValue["decision"] = "maybe";
        Assert.Contains(validator.Validate(unknownValue, schema), e => e.Contains("not one of the enum's values", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_answers_of_the_api_tests_are_checked()
    {
        var before = ContractCheckingMiddleware.Checked;
        var calls = await factory.CreateClient().GetAsync("/api/calls");
        Assert.Equal(System.Net.HttpStatusCode.OK, calls.StatusCode);
        Assert.True(ContractCheckingMiddleware.Checked > before);
    }

    private static JsonObject Candidate() => new()
    {
        ["candidateId"] = Guid.NewGuid(),
        ["applicationId"] = Guid.NewGuid(),
        ["name"] = "Alix Martin",
        ["sector"] = "socialAction",
        ["department"] = "63",
        ["epci"] = null,
        ["organisation"] = "CCAS de Thiers",
        ["organisationType"] = "socialActionCentre",
        ["role"] = "Animation",
        ["topics"] = new JsonArray("mobilité"),
        ["motivation"] = "Relier les ingénieries.",
        ["expectations"] = null,
        ["averageScore"] = null,
        ["criterionScores"] = new JsonObject(),
        ["reviewCount"] = 0,
        ["decision"] = null,
        ["publishedDecision"] = null,
        ["response"] = null,
        ["suggestedReplacementId"] = null,
        ["myReview"] = null,
        ["submittedAt"] = "2026-03-02T09:00:00+00:00",
        ["organisationKey"] = null,
        ["reviews"] = null,
    };
}
