using CapRural.BuildingBlocks.Contracts;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Tests;

public sealed class MemberTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static MemberProfile Profile(bool consent, params string[] topics) =>
        new(" Camille ", "Martin", "CCAS de Thiers", "travailleuse sociale", Sector.SocialAction, "63", "CC Thiers Dore et Montagne", topics, consent);

    [Fact]
    public void A_member_is_listed_only_with_consent()
    {
        Assert.True(Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now).ListedInDirectory);
        Assert.False(Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(false), Now).ListedInDirectory);
    }

    [Fact]
    public void Topics_are_kept_as_written_and_matched_without_accents_or_case()
    {
        var member = Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(true, "Mobilité", "Petite Enfance", "mobilite"), Now);
        Assert.Equal("Camille Martin", member.Name);
        Assert.Equal(["Mobilité", "Petite Enfance", "mobilite"], member.Topics);
        Assert.Equal(["mobilite", "petite enfance"], member.TopicKeys);
    }

    [Fact]
    public void Withdrawing_consent_takes_the_member_out_of_the_directory()
    {
        var member = Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now);
        member.Refresh(Profile(false), Now.AddDays(1));
        Assert.False(member.ListedInDirectory);
        Assert.Equal(Now.AddDays(1), member.UpdatedAt);
    }
}
