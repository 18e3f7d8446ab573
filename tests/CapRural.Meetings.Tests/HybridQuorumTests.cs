using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Meetings.Features.PlanVenueSeries;
using CapRural.Territories;

namespace CapRural.Meetings.Tests;

/// <summary>A sector keeps its in-person quorum with half its members in the room, and never with nobody.</summary>
public sealed class HybridQuorumTests
{
    private static readonly GeoPoint Anywhere = new(45.77, 3.08);

    private static HybridPreviewView Preview(double beyondKm, params (Sector Sector, double Km)[] members) => HybridPreviewView.Of(
        [.. members.Select(m => new MemberPlace(Guid.NewGuid(), m.Sector, Anywhere, false))],
        [.. members.Select((_, i) => $"Membre {i}")],
        [.. members.Select(m => m.Km)],
        beyondKm);

    [Fact]
    public void Exactly_half_within_reach_keeps_the_quorum_and_one_fewer_loses_it()
    {
        var half = Preview(60, (Sector.SocialAction, 10), (Sector.SocialAction, 90), (Sector.LocalDevelopment, 20));
        Assert.True(half.SocialAction.Quorum);
        Assert.True(half.BothSectorsInPerson);

        var less = Preview(60, (Sector.SocialAction, 10), (Sector.SocialAction, 90), (Sector.SocialAction, 61), (Sector.LocalDevelopment, 20));
        Assert.Equal(1, less.SocialAction.WithinReach);
        Assert.False(less.SocialAction.Quorum);
        Assert.False(less.BothSectorsInPerson);
        Assert.Equal([90, 61], less.Beyond.Select(b => b.Km));
    }

    [Fact]
    public void A_member_exactly_at_the_distance_is_within_reach_and_a_sector_without_members_has_no_quorum()
    {
        var preview = Preview(60, (Sector.LocalDevelopment, 60));
        Assert.Empty(preview.Beyond);
        Assert.True(preview.LocalDevelopment.Quorum);
        Assert.Equal(0, preview.SocialAction.Members);
        Assert.False(preview.SocialAction.Quorum);
        Assert.False(preview.BothSectorsInPerson);
    }
}
