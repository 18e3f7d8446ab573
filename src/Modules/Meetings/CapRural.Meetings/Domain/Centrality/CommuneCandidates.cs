using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>Every commune of the region, or of France, as meeting candidates; built on first use and shared.</summary>
internal static class CommuneCandidates
{
    /// <summary>INSEE code of Auvergne-Rhône-Alpes, the region the platform serves.</summary>
    public const string RegionCode = "84";

    private static readonly Lazy<CandidateSet> FranceSet = new(() => new CandidateSet(
        [.. Gazetteer.Default.Communes.Select(ToCandidate)], Gazetteer.Default.CommuneVectors));

    private static readonly Lazy<CandidateSet> RegionSet = new(() => CandidateSet.Of(
        [.. Gazetteer.Default.Communes.Where(c => c.RegionCode == RegionCode).Select(ToCandidate)]));

    public static CandidateSet France => FranceSet.Value;

    public static CandidateSet Region => RegionSet.Value;

    /// <summary>The commune whose position is closest to the point (largest dot product of unit vectors).</summary>
    public static Commune Nearest(GeoPoint point)
    {
        var km = GeoDistance.OneToMany(point, Gazetteer.Default.CommuneVectors);
        var best = 0;
        for (var i = 1; i < km.Length; i++)
        {
            if (km[i] < km[best])
            {
                best = i;
            }
        }

        return Gazetteer.Default.Communes[best];
    }

    private static CandidatePlace ToCandidate(Commune commune) => new(commune.Name, commune.Code, null, commune.Location);
}
