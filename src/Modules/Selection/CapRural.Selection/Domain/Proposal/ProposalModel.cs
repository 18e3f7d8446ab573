using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>What the proposal needs of a candidate; nothing that identifies the person.</summary>
internal sealed record ProposalCandidate(
    Guid Id,
    Sector Sector,
    string Department,
    string Organisation,
    double AverageScore,
    int ReviewCount,
    DateTimeOffset SubmittedAt);

/// <summary>The coordinator's balance rules for one proposal.</summary>
internal sealed record ProposalConstraints(
    int GroupSize,
    double MinLocalDevelopmentShare = ProposalConstraints.DefaultMinShare,
    double MinSocialActionShare = ProposalConstraints.DefaultMinShare,
    int? MaxPerDepartment = null,
    int MaxPerOrganisation = 1,
    double? MinScore = null)
{
    public const double DefaultMinShare = 0.4;

    /// <summary>Seats a sector must have: its share of the group, rounded up (40 % of 20 = 8).</summary>
    public int MinimumFor(Sector sector) =>
        (int)Math.Ceiling(((sector == Sector.SocialAction ? MinSocialActionShare : MinLocalDevelopmentShare) * GroupSize) - 1e-9);
}

internal sealed record ProposalChoice(Guid CandidateId, string Reason);

internal sealed record ProposalResult(
    bool Feasible,
    IReadOnlyList<ProposalChoice> Accepted,
    IReadOnlyList<ProposalChoice> Waitlist,
    IReadOnlyList<ProposalChoice> Excluded,
    double TotalScore,
    IReadOnlyList<string> Problems)
{
    /// <summary>False only when the search hit its limit: the group keeps every rule but may not be the best.</summary>
    public bool Optimal { get; init; } = true;
}
