using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Domain.Centrality;

namespace CapRural.Meetings.Features.PlanVenueSeries;

/// <summary>The venue of one meeting of the series; <c>meetingId</c> when the series was given as meetings.</summary>
public sealed record PlannedVenueView(int Order, Guid? MeetingId, Guid VenueId, string Name, string CommuneName, double TotalKm, double MaxKm, HybridPreviewView Hybrid);

public sealed record SectorSeriesView(int Members, double TotalKm, double MaxMemberKm);

public sealed record SeriesView(
    IReadOnlyList<PlannedVenueView> Venues,
    double TotalKm,
    double MaxMemberKm,
    SectorSeriesView LocalDevelopment,
    SectorSeriesView SocialAction);

/// <summary>What one member drives over the series, under the fair plan and with the most central venue every time.</summary>
public sealed record MemberSeriesView(Guid MemberId, Sector Sector, double FairKm, double MostCentralKm, bool Approximate);

public sealed record VenuePlanView(int Meetings, int VenuesConsidered, SeriesView Fair, SeriesView MostCentral, IReadOnlyList<MemberSeriesView> Members)
{
    internal static VenuePlanView Of(IReadOnlyList<Venue> venues, IReadOnlyList<MemberPlace> members, IReadOnlyList<string> names, DistinctPlaces places,
        double[][] km, int[] fair, int[] central, IReadOnlyList<Guid>? meetingIds, double hybridBeyondKm)
    {
        double Cumulative(int member, int[] series) => series.Sum(v => km[v][places.IndexOfMember[member]]);
        var rows = members.Select((m, i) => new MemberSeriesView(m.MemberId, m.Sector, Km(Cumulative(i, fair)), Km(Cumulative(i, central)), m.Approximate)).ToList();
        return new VenuePlanView(fair.Length, venues.Count,
            Series(fair, r => r.FairKm), Series(central, r => r.MostCentralKm), [.. rows.OrderByDescending(r => r.FairKm)]);

        SeriesView Series(int[] series, Func<MemberSeriesView, double> driven) => new(
            [.. series.Select((v, order) =>
            {
                var trips = members.Select((_, i) => km[v][places.IndexOfMember[i]]).ToList();
                return new PlannedVenueView(order + 1, meetingIds?[order], venues[v].Id, venues[v].Name, venues[v].CommuneName, Km(trips.Sum()), Km(trips.Max()),
                    HybridPreviewView.Of(members, names, trips, hybridBeyondKm));
            })],
            Km(rows.Sum(driven)),
            Km(rows.Max(driven)),
            BySector(Sector.LocalDevelopment, driven),
            BySector(Sector.SocialAction, driven));

        SectorSeriesView BySector(Sector sector, Func<MemberSeriesView, double> driven)
        {
            var ofSector = rows.Where(r => r.Sector == sector).Select(driven).ToList();
            return new SectorSeriesView(ofSector.Count, Km(ofSector.Sum()), Km(ofSector.DefaultIfEmpty(0).Max()));
        }
    }

    private static double Km(double km) => Math.Round(km, 1);
}
