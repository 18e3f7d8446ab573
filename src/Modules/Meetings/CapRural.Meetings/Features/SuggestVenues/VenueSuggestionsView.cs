using CapRural.Meetings.Domain.Centrality;

namespace CapRural.Meetings.Features.SuggestVenues;

public sealed record VenueSuggestionsView(int MemberCount, IReadOnlyList<VenueSuggestionView> Items, GeometricMedianView? GeometricMedian);

public sealed record MemberDistanceView(Guid MemberId, double Km, bool Approximate);

public sealed record SectorBurdenView(int Members, double? AverageKm, double? MaxKm);

public sealed record SectorBurdensView(SectorBurdenView LocalDevelopment, SectorBurdenView SocialAction);

public sealed record NearestCommuneView(string Code, string Name);

public sealed record GeometricMedianView(double Latitude, double Longitude, NearestCommuneView NearestCommune);

public sealed record VenueSuggestionView(
    string Name,
    string CommuneCode,
    Guid? VenueId,
    double TotalKm,
    double AverageKm,
    double MaxKm,
    IReadOnlyList<MemberDistanceView> Members,
    int ApproximateMembers,
    SectorBurdensView BySector)
{
    internal static VenueSuggestionView From(RankedPlace ranked) => new(
        ranked.Place.Name,
        ranked.Place.CommuneCode,
        ranked.Place.VenueId,
        Km(ranked.TotalKm),
        Km(ranked.AverageKm),
        Km(ranked.MaxKm),
        [.. ranked.Members.OrderBy(m => m.Km).Select(m => new MemberDistanceView(m.MemberId, Km(m.Km), m.Approximate))],
        ranked.Members.Count(m => m.Approximate),
        new SectorBurdensView(Burden(ranked.BySector.LocalDevelopment), Burden(ranked.BySector.SocialAction)));

    private static SectorBurdenView Burden(SectorBurden burden) =>
        new(burden.Members, burden.AverageKm is { } average ? Km(average) : null, burden.MaxKm is { } max ? Km(max) : null);

    // A tenth of a kilometre: the positions are those of communes, finer figures would be noise.
    private static double Km(double km) => Math.Round(km, 1);
}
