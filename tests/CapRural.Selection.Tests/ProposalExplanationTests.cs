using CapRural.BuildingBlocks.Contracts;
using CapRural.Selection.Domain.Proposal;

namespace CapRural.Selection.Tests;

/// <summary>What the coordinator reads next to each name, and what she reads when the rules contradict.</summary>
public sealed class ProposalExplanationTests
{
    [Fact]
    public void Each_person_gets_a_plain_french_reason()
    {
        var first = Candidates.One(Sector.LocalDevelopment, "69", "Métropole", 4.8);
        var second = Candidates.One(Sector.LocalDevelopment, "69", "Mairie de Givors", 4.6);
        var blocked = Candidates.One(Sector.LocalDevelopment, "69", "Mairie de Vaulx", 4.5);
        var third = Candidates.One(Sector.LocalDevelopment, "63", "Mairie de Thiers", 4.4);
        var social = Candidates.One(Sector.SocialAction, "15", "CCAS d'Aurillac", 2.0);
        var outranked = Candidates.One(Sector.LocalDevelopment, "03", "Mairie de Moulins", 4.0);
        var constraints = new ProposalConstraints(4, MinLocalDevelopmentShare: 0.25, MinSocialActionShare: 0.25, MaxPerDepartment: 2);

        var proposal = GroupProposer.Propose([first, second, blocked, third, social, outranked], constraints);

        Assert.True(proposal.Feasible);
        Assert.Equal([first.Id, second.Id, third.Id, social.Id], proposal.Accepted.Select(a => a.CandidateId));
        Assert.Equal("retenu·e : 1er score", Reason(proposal.Accepted, first));
        Assert.Equal("retenu·e : 4e score", Reason(proposal.Accepted, third));
        Assert.Equal("retenu·e pour atteindre le minimum action sociale", Reason(proposal.Accepted, social));
        Assert.Equal("non retenu·e : département 69 déjà à 2/2", Reason(proposal.Waitlist, blocked));
        Assert.Equal([blocked.Id, outranked.Id], proposal.Waitlist.Select(w => w.CandidateId));
        Assert.Equal(15.8, proposal.TotalScore, 3);
    }

    [Fact]
    public void Too_few_candidates_of_a_sector_is_named_with_the_numbers()
    {
        var pool = Enumerable.Range(0, 5).Select(i => Candidates.One(Sector.SocialAction, "63", $"CCAS {i}", 3))
            .Concat(Enumerable.Range(0, 30).Select(i => Candidates.One(Sector.LocalDevelopment, "69", $"Mairie {i}", 4)))
            .ToList();

        var proposal = GroupProposer.Propose(pool, new ProposalConstraints(30, MinSocialActionShare: 0.4));

        Assert.False(proposal.Feasible);
        Assert.Empty(proposal.Accepted);
        Assert.Contains("seulement 5 candidat·e·s action sociale pour un minimum de 12", proposal.Problems);
    }

    [Fact]
    public void Contradictory_rules_are_reported_instead_of_a_group_that_breaks_them()
    {
        var pool = Enumerable.Range(0, 20).Select(i => Candidates.One(i % 2 == 0 ? Sector.SocialAction : Sector.LocalDevelopment, i < 10 ? "63" : "69", $"Org {i}", 3)).ToList();

        var shares = GroupProposer.Propose(pool, new ProposalConstraints(10, 0.6, 0.6));
        var departments = GroupProposer.Propose(pool, new ProposalConstraints(10, MaxPerDepartment: 4));
        var organisations = GroupProposer.Propose(pool.Select(c => c with { Organisation = "Même structure" }).ToList(), new ProposalConstraints(10));

        Assert.Contains("les minimums par secteur (6 développement local + 6 action sociale) dépassent la taille du groupe (10)", shares.Problems);
        Assert.Contains(departments.Problems, p => p.Contains("au plus 4 personne(s) par département", StringComparison.Ordinal) && p.Contains("seules 8 places", StringComparison.Ordinal));
        Assert.Contains(organisations.Problems, p => p.Contains("seules 1 places", StringComparison.Ordinal));
        Assert.All([shares, departments, organisations], p => Assert.False(p.Feasible));
    }

    [Fact]
    public void Equal_scores_go_to_more_reviews_then_to_the_earlier_application()
    {
        var late = Candidates.One(Sector.LocalDevelopment, "63", "A", 4, reviews: 2, minute: 50);
        var early = Candidates.One(Sector.LocalDevelopment, "63", "B", 4, reviews: 2, minute: 10);
        var reviewedMore = Candidates.One(Sector.LocalDevelopment, "63", "C", 4, reviews: 3, minute: 90);
        var constraints = new ProposalConstraints(1, 0, 0);

        var one = GroupProposer.Propose([late, early, reviewedMore], constraints);
        var two = GroupProposer.Propose([late, early], constraints);

        Assert.Equal(reviewedMore.Id, Assert.Single(one.Accepted).CandidateId);
        Assert.Equal([early.Id, late.Id], one.Waitlist.Select(w => w.CandidateId));
        Assert.Equal(early.Id, Assert.Single(two.Accepted).CandidateId);
    }

    [Fact]
    public void A_minimum_score_leaves_weaker_candidates_out_with_the_reason()
    {
        var strong = Candidates.One(Sector.LocalDevelopment, "63", "A", 4);
        var weak = Candidates.One(Sector.LocalDevelopment, "63", "B", 1.5);

        var proposal = GroupProposer.Propose([strong, weak], new ProposalConstraints(1, 0, 0, MinScore: 2));

        Assert.Equal(strong.Id, Assert.Single(proposal.Accepted).CandidateId);
        Assert.Equal("non retenu·e : score 1,5 sous le minimum 2", Assert.Single(proposal.Excluded).Reason);
        Assert.Empty(proposal.Waitlist);
    }

    private static string Reason(IReadOnlyList<ProposalChoice> choices, ProposalCandidate candidate) =>
        choices.Single(c => c.CandidateId == candidate.Id).Reason;
}
