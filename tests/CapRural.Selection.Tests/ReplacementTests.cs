using CapRural.BuildingBlocks.Contracts;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Tests;

public sealed class ReplacementTests
{
    private static readonly ProposalConstraints Rules = new(4, 0.5, 0.5, MaxPerDepartment: 2);

    [Fact]
    public void A_freed_social_action_place_goes_to_the_best_waitlisted_social_action_candidate()
    {
        var stays = new List<ProposalCandidate>
        {
            Candidates.One(Sector.LocalDevelopment, "63", "A", 5),
            Candidates.One(Sector.LocalDevelopment, "69", "B", 5),
            Candidates.One(Sector.SocialAction, "63", "G", 2),
        };
        var betterButLocal = Candidates.One(Sector.LocalDevelopment, "03", "D", 4.9);
        var socialInFullDepartment = Candidates.One(Sector.SocialAction, "63", "E", 4.8);
        var sameOrganisation = Candidates.One(Sector.SocialAction, "43", "G", 4.7);
        var fits = Candidates.One(Sector.SocialAction, "43", "F", 3);

        var chosen = Replacement.Best(stays, [betterButLocal, socialInFullDepartment, sameOrganisation, fits], Rules);

        Assert.Equal(fits.Id, chosen?.Id);
    }

    [Fact]
    public void No_one_is_named_when_nobody_on_the_list_keeps_the_rules()
    {
        var stays = new List<ProposalCandidate>
        {
            Candidates.One(Sector.LocalDevelopment, "63", "A", 5),
            Candidates.One(Sector.SocialAction, "69", "B", 5),
            Candidates.One(Sector.SocialAction, "15", "C", 4),
        };

        Assert.Null(Replacement.Best(stays, [Candidates.One(Sector.SocialAction, "43", "D", 4)], Rules));
    }

    [Fact]
    public void Each_rule_an_offer_would_break_is_named()
    {
        var stays = new List<ProposalCandidate>
        {
            Candidates.One(Sector.LocalDevelopment, "63", "A", 5),
            Candidates.One(Sector.LocalDevelopment, "63", "B", 5),
            Candidates.One(Sector.SocialAction, "69", "C", 4),
        };

        var breaches = Replacement.Breaches(stays, Candidates.One(Sector.LocalDevelopment, "63", "A", 4), Rules);

        Assert.Equal(
        [
            "département 63 : 3 personnes pour un maximum de 2",
            "organisation : 2 personnes de la même structure pour un maximum de 1",
            "secteur action sociale : 1 place(s) pour un minimum de 2, la place lui revient",
        ], breaches);
        Assert.Empty(Replacement.Breaches(stays, Candidates.One(Sector.SocialAction, "43", "D", 1), Rules));
    }
}
