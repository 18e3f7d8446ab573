using CapRural.BuildingBlocks.Contracts;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Tests;

public sealed class MemberTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static MemberProfile Profile(bool consent, params string[] topics) =>
        new(" Camille ", "Martin", "camille@example.org", "CCAS de Thiers", "travailleuse sociale", Sector.SocialAction, "63", "CC Thiers Dore et Montagne", topics, consent);

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

    [Fact]
    public void The_member_s_own_choice_outlives_unrelated_corrections_but_not_a_changed_consent()
    {
        var member = Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now);
        member.ChooseDirectory(false, Now.AddDays(1));
        Assert.False(member.ListedInDirectory);

        member.Refresh(Profile(true, "culture"), Now.AddDays(2));
        Assert.False(member.ListedInDirectory);

        member.Refresh(Profile(false), Now.AddDays(3));
        member.Refresh(Profile(true), Now.AddDays(4));
        Assert.True(member.ListedInDirectory);
    }

    [Fact]
    public void A_member_who_left_or_was_erased_is_never_listed_again()
    {
        var left = Member.Placeholder(Guid.NewGuid(), Now);
        left.Leave(Now);
        left.Confirm(Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now.AddDays(1));
        left.ChooseDirectory(true, Now.AddDays(2));
        Assert.False(left.ListedInDirectory);
        Assert.Equal("Camille Martin", left.Name);

        var erased = Member.Confirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now);
        erased.Erase(Now.AddDays(1));
        erased.Confirm(Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now.AddDays(2));
        Assert.False(erased.ListedInDirectory);
        Assert.Equal("", erased.Name);
        Assert.Equal("", erased.Email);
    }

    [Fact]
    public void A_choice_made_before_the_confirmation_arrives_is_kept()
    {
        var member = Member.Placeholder(Guid.NewGuid(), Now);
        member.ChooseDirectory(false, Now);
        Assert.False(member.ListedInDirectory);
        member.Confirm(Guid.NewGuid(), Guid.NewGuid(), Profile(true), Now.AddDays(1));
        Assert.False(member.ListedInDirectory);
    }
}
