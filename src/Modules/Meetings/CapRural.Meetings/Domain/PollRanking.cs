using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Meetings.Domain;

/// <summary>How one proposed date fares: the counts, its score and whether both cultures of the group can come.</summary>
internal sealed record RankedOption(PollOption Option, int Yes, int IfNeeded, int No, int NoAnswer, int Score, bool BothSectors);

/// <summary>
/// Ranks a poll's dates: first by availability (yes = 2, if needed = 1), then by whether both sectors
/// (local development and social action) are among those who can come, then the earliest first.
/// </summary>
internal static class PollRanking
{
    public const int YesPoints = 2;
    public const int IfNeededPoints = 1;

    public static IReadOnlyList<RankedOption> Rank(
        IReadOnlyCollection<PollOption> options,
        IReadOnlyCollection<(Guid OptionId, Guid MemberId, Availability Availability)> votes,
        IReadOnlyDictionary<Guid, Sector> members)
    {
        var counted = votes.Where(v => members.ContainsKey(v.MemberId)).ToLookup(v => v.OptionId);
        return
        [
            .. options.Select(option =>
            {
                var mine = counted[option.Id].ToList();
                var yes = mine.Count(v => v.Availability == Availability.Yes);
                var ifNeeded = mine.Count(v => v.Availability == Availability.IfNeeded);
                var no = mine.Count(v => v.Availability == Availability.No);
                var coming = mine.Where(v => v.Availability != Availability.No).Select(v => members[v.MemberId]).ToHashSet();
                return new RankedOption(option, yes, ifNeeded, no, members.Count - mine.Count,
                    (yes * YesPoints) + (ifNeeded * IfNeededPoints), coming.Contains(Sector.LocalDevelopment) && coming.Contains(Sector.SocialAction));
            })
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.BothSectors)
            .ThenBy(r => r.Option.StartsAt),
        ];
    }
}
