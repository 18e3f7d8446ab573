using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain.Centrality;

namespace CapRural.Meetings.Features.PlanVenueSeries;

/// <summary>A member who would join from afar if the meeting at this venue were hybrid.</summary>
public sealed record RemoteMemberView(Guid MemberId, string Name, Sector Sector, double Km, bool Approximate);

/// <summary>
/// One sector at one venue: it keeps an in-person quorum when at least half of its active members
/// (and at least one) are within reach.
/// </summary>
public sealed record SectorQuorumView(int Members, int WithinReach, bool Quorum);

/// <summary>The meeting at this venue made hybrid: who is beyond <c>beyondKm</c>, and whether both sectors still meet in person.</summary>
public sealed record HybridPreviewView(
    double BeyondKm,
    IReadOnlyList<RemoteMemberView> Beyond,
    SectorQuorumView LocalDevelopment,
    SectorQuorumView SocialAction,
    bool BothSectorsInPerson)
{
    /// <summary>The series crosses two professional cultures: a meeting where one of them is mostly remote is no longer an exchange between them.</summary>
    internal static HybridPreviewView Of(IReadOnlyList<MemberPlace> members, IReadOnlyList<string> names, IReadOnlyList<double> km, double beyondKm)
    {
        var beyond = members
            .Select((m, i) => new RemoteMemberView(m.MemberId, names[i], m.Sector, Math.Round(km[i], 1), m.Approximate))
            .Where((_, i) => km[i] > beyondKm)
            .OrderByDescending(r => r.Km)
            .ToList();
        var local = Quorum(Sector.LocalDevelopment);
        var social = Quorum(Sector.SocialAction);
        return new HybridPreviewView(beyondKm, beyond, local, social, local.Quorum && social.Quorum);

        SectorQuorumView Quorum(Sector sector)
        {
            var ofSector = members.Count(m => m.Sector == sector);
            var within = ofSector - beyond.Count(r => r.Sector == sector);
            return new SectorQuorumView(ofSector, within, within >= 1 && 2 * within >= ofSector);
        }
    }
}
