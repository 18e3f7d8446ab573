using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Serialization;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Features.Record;

/// <summary>One candidate as the solver saw them; <c>organisation</c> is a pseudonym that only says who shares one.</summary>
public sealed record RecordedCandidate(Guid CandidateId, Sector Sector, string Department, string Organisation, double AverageScore, int ReviewCount, DateTimeOffset SubmittedAt);

/// <summary>The rules of a proposal; <c>scores</c> says whether it ranked on raw or calibrated scores (records older than calibration read as raw).</summary>
public sealed record RecordedConstraints(int GroupSize, double MinSectorShare, int? MaxPerDepartment, int MaxPerOrganisation, double? MinScore, ScoreBasis Scores = ScoreBasis.Raw);

internal static class RecordedInputs
{
    public static RecordedConstraints Of(ProposalConstraints constraints, ScoreBasis scores) => new(
        constraints.GroupSize, constraints.MinSocialActionShare, constraints.MaxPerDepartment, constraints.MaxPerOrganisation, constraints.MinScore, scores);

    public static ProposalConstraints Rules(RecordedConstraints recorded) => new(
        recorded.GroupSize, recorded.MinSectorShare, recorded.MinSectorShare, recorded.MaxPerDepartment, recorded.MaxPerOrganisation, recorded.MinScore);

    /// <summary>In candidate-id order, organisations renamed o1, o2… in that order: the same inputs always give the same bytes.</summary>
    public static List<RecordedCandidate> Snapshot(IEnumerable<ProposalCandidate> candidates)
    {
        var pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. candidates.OrderBy(c => c.Id).Select(c =>
        {
            var key = GroupProposer.OrganisationKey(c.Organisation);
            if (!pseudonyms.TryGetValue(key, out var pseudonym))
            {
                pseudonym = $"o{pseudonyms.Count + 1}";
                pseudonyms[key] = pseudonym;
            }

            return new RecordedCandidate(c.Id, c.Sector, c.Department, pseudonym, c.AverageScore, c.ReviewCount, c.SubmittedAt);
        })];
    }

    public static List<ProposalCandidate> Candidates(IEnumerable<RecordedCandidate> snapshot) =>
        [.. snapshot.Select(c => new ProposalCandidate(c.CandidateId, c.Sector, c.Department, c.Organisation, c.AverageScore, c.ReviewCount, c.SubmittedAt))];

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json.Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json.Options)!;

    public static string Hash(string snapshot) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
}
