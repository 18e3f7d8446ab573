using CapRural.Meetings.Domain;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Territories;

namespace CapRural.Meetings.Features.Shared;

internal static class MemberPlaces
{
    /// <summary>
    /// The members as the rankings see them. A position is approximate when Selection said so (the EPCI's
    /// or department's centre), and also when members of different communes share the very same point:
    /// at most one of them sits where they work, the others were placed at a centre.
    /// </summary>
    public static List<MemberPlace> Of(IReadOnlyCollection<Member> members)
    {
        var shared = members
            .GroupBy(m => (m.Latitude, m.Longitude))
            .Where(g => g.Select(m => m.CommuneCode).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .SelectMany(g => g.Select(m => m.Id))
            .ToHashSet();
        return [.. members.Select(m => new MemberPlace(m.Id, m.Sector, new GeoPoint(m.Latitude, m.Longitude), m.Approximate || shared.Contains(m.Id)))];
    }
}
