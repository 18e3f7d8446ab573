using CapRural.BuildingBlocks.Contracts;
using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

internal sealed record MemberDistance(Guid MemberId, double Km, bool Approximate);

/// <summary>What "most central" means: the fewest kilometres in all, or the shortest longest trip (min-max).</summary>
public enum RankingObjective
{
    Total,
    Max,
}

/// <summary>How far one sector travels: average and longest trip; null averages when the sector has nobody.</summary>
internal sealed record SectorBurden(int Members, double? AverageKm, double? MaxKm);

internal sealed record SectorBurdens(SectorBurden LocalDevelopment, SectorBurden SocialAction);

internal sealed record RankedPlace(
    CandidatePlace Place,
    double TotalKm,
    double AverageKm,
    double MaxKm,
    IReadOnlyList<MemberDistance> Members,
    SectorBurdens BySector);

/// <summary>
/// Ranks candidate places by the total distance the members travel (the sum of their trips), then by
/// the longest trip — or, for <see cref="RankingObjective.Max"/>, by the longest trip then the total. Members are grouped by position with a weight each, so the cost of a ranking
/// follows the number of distinct places, not of people — twenty members in three towns is three rows —
/// and only the candidates of the <see cref="CandidateShortlist"/> are measured from every place.
/// </summary>
internal static class VenueRanking
{
    public static IReadOnlyList<RankedPlace> Rank(IReadOnlyList<MemberPlace> members, CandidateSet candidates, int top,
        RankingObjective objective = RankingObjective.Total)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(candidates);
        if (members.Count == 0 || candidates.Places.Count == 0 || top <= 0)
        {
            return [];
        }

        var places = DistinctPlaces.Of(members);
        var shortlist = CandidateShortlist.Of(places, candidates, top, objective);
        var sums = GeoDistance.SumOfDistances(places.Vectors, places.Weights, candidates.Vectors.Subset(shortlist));
        var best = TopIndices(sums, shortlist, candidates, top, objective);
        return [.. best.Select(i => Describe(candidates.Places[shortlist[i]], sums.Totals[i], places, members))];
    }

    /// <summary>
    /// The <paramref name="top"/> best keys of the shortlist (total then longest trip, or the reverse), ties broken
    /// by the name then the candidate's position, so the shortlist ranks exactly as the whole set would.
    /// </summary>
    private static int[] TopIndices(DistanceSums sums, int[] shortlist, CandidateSet candidates, int top, RankingObjective objective)
    {
        // A bounded max-heap keeps the k best without sorting the shortlist.
        var heap = new PriorityQueue<int, (double First, double Second, string Name, int Index)>(
            Comparer<(double First, double Second, string Name, int Index)>.Create((a, b) => Compare(b, a)));
        for (var i = 0; i < sums.Totals.Length; i++)
        {
            var name = candidates.Places[shortlist[i]].Name;
            var key = objective == RankingObjective.Max
                ? (sums.Maxima[i], sums.Totals[i], name, shortlist[i])
                : (sums.Totals[i], sums.Maxima[i], name, shortlist[i]);
            if (heap.Count < top)
            {
                heap.Enqueue(i, key);
            }
            else if (heap.TryPeek(out _, out var worst) && Compare(key, worst) < 0)
            {
                heap.DequeueEnqueue(i, key);
            }
        }

        var result = new int[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }

    private static int Compare(
        (double First, double Second, string Name, int Index) a, (double First, double Second, string Name, int Index) b)
    {
        var byFirst = a.First.CompareTo(b.First);
        if (byFirst != 0)
        {
            return byFirst;
        }

        var bySecond = a.Second.CompareTo(b.Second);
        if (bySecond != 0)
        {
            return bySecond;
        }

        var byName = string.CompareOrdinal(a.Name, b.Name);
        return byName != 0 ? byName : a.Index.CompareTo(b.Index);
    }

    private static RankedPlace Describe(CandidatePlace place, double total, DistinctPlaces places, IReadOnlyList<MemberPlace> members)
    {
        var km = GeoDistance.OneToMany(place.Location, places.Vectors);
        var distances = new MemberDistance[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            distances[m] = new MemberDistance(members[m].MemberId, km[places.IndexOfMember[m]], members[m].Approximate);
        }

        return new RankedPlace(
            place,
            total,
            total / members.Count,
            distances.Max(d => d.Km),
            distances,
            new SectorBurdens(Burden(Sector.LocalDevelopment, members, distances), Burden(Sector.SocialAction, members, distances)));
    }

    private static SectorBurden Burden(Sector sector, IReadOnlyList<MemberPlace> members, MemberDistance[] distances)
    {
        var km = distances.Where((_, i) => members[i].Sector == sector).Select(d => d.Km).ToList();
        return km.Count == 0 ? new SectorBurden(0, null, null) : new SectorBurden(km.Count, km.Average(), km.Max());
    }
}
