using CapRural.Registration.Domain;

namespace CapRural.Registration.Tests;

/// <summary>What the selection made of an application, and when its retention delay starts.</summary>
public sealed class OutcomeTests
{
    private static readonly DateTimeOffset Now = new(2022, 2, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly ApplicantPlace Thiers = new("63430", "Thiers", "63", "Puy-de-Dôme", null, null, 45.85, 3.54, "commune");

    private sealed record Form : ApplicationForm
    {
        public Form()
        {
            FirstName = "Camille";
            LastName = "Martin";
            Email = "camille@example.org";
            Organisation = "CCAS";
            OrganisationType = Contracts.OrganisationType.SocialActionCentre;
            JobTitle = "Travailleuse sociale";
            Sector = BuildingBlocks.Contracts.Sector.SocialAction;
            Role = "travailleur social";
            CommuneCode = "63430";
            Motivation = "Croiser nos pratiques.";
            ConsentToProcessing = true;
        }
    }

    private static Application Submitted() => Application.Submit(Guid.NewGuid(), new Form(), Thiers, "hash", Now);

    [Theory]
    [InlineData(SelectionOutcome.Declined, RetentionReason.Declined)]
    [InlineData(SelectionOutcome.Waitlisted, RetentionReason.Waitlisted)]
    [InlineData(SelectionOutcome.GaveUpPlace, RetentionReason.GaveUpPlace)]
    [InlineData(SelectionOutcome.FormerMember, RetentionReason.FormerMember)]
    public void Not_taking_part_starts_the_retention_delay_at_the_outcome(SelectionOutcome outcome, RetentionReason reason)
    {
        var application = Submitted();
        Assert.True(application.RecordOutcome(outcome, Now.AddDays(10), Now.AddDays(11)));
        Assert.Equal(outcome, application.Outcome);
        Assert.Equal(reason, application.RetentionReason);
        Assert.Equal(Now.AddDays(10), application.RetentionFrom);
    }

    [Fact]
    public void Being_promoted_from_the_waiting_list_stops_the_delay()
    {
        var application = Submitted();
        application.RecordOutcome(SelectionOutcome.Waitlisted, Now.AddDays(1), Now.AddDays(1));
        application.RecordOutcome(SelectionOutcome.Accepted, Now.AddDays(5), Now.AddDays(5));
        Assert.Null(application.RetentionReason);
        Assert.Null(application.RetentionFrom);
        application.RecordOutcome(SelectionOutcome.Confirmed, Now.AddDays(6), Now.AddDays(6));
        Assert.Null(application.RetentionReason);
    }

    [Fact]
    public void Older_news_twice_or_late_changes_nothing()
    {
        var application = Submitted();
        Assert.True(application.RecordOutcome(SelectionOutcome.Confirmed, Now.AddDays(5), Now.AddDays(5)));
        var version = application.Version;
        Assert.False(application.RecordOutcome(SelectionOutcome.Confirmed, Now.AddDays(5), Now.AddDays(6)));
        Assert.False(application.RecordOutcome(SelectionOutcome.Accepted, Now.AddDays(4), Now.AddDays(6)));
        Assert.Equal(SelectionOutcome.Confirmed, application.Outcome);
        Assert.Equal(version, application.Version);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Leaving_the_group_makes_a_former_member_whichever_of_the_two_departure_events_comes_first(bool memberLeftFirst)
    {
        var application = Submitted();
        application.RecordOutcome(SelectionOutcome.Confirmed, Now.AddDays(1), Now.AddDays(1));
        // Meetings says the member left; Selection answers by freeing the place, a moment later.
        var left = (SelectionOutcome.FormerMember, Now.AddDays(10));
        var freed = (SelectionOutcome.GaveUpPlace, Now.AddDays(10).AddSeconds(1));
        foreach (var (outcome, at) in memberLeftFirst ? new[] { left, freed } : [freed, left])
        {
            application.RecordOutcome(outcome, at, Now.AddDays(11));
        }

        Assert.Equal(SelectionOutcome.FormerMember, application.Outcome);
        Assert.Equal(RetentionReason.FormerMember, application.RetentionReason);
        Assert.Equal(Now.AddDays(10), application.RetentionFrom);
    }

    [Fact]
    public void A_withdrawal_keeps_its_own_clock_and_erasure_ends_every_clock()
    {
        var application = Submitted();
        application.Withdraw(Now.AddDays(2));
        Assert.Equal(RetentionReason.Withdrawn, application.RetentionReason);
        application.RecordOutcome(SelectionOutcome.GaveUpPlace, Now.AddDays(3), Now.AddDays(3));
        Assert.Equal(RetentionReason.Withdrawn, application.RetentionReason);
        Assert.Equal(Now.AddDays(2), application.RetentionFrom);

        application.Erase(Now.AddDays(4));
        Assert.Null(application.RetentionReason);
        Assert.False(application.RecordOutcome(SelectionOutcome.Accepted, Now.AddDays(5), Now.AddDays(5)));
    }

    [Fact]
    public void Every_change_moves_the_concurrency_token()
    {
        var application = Submitted();
        var versions = new List<long> { application.Version };
        application.RecordOutcome(SelectionOutcome.Accepted, Now.AddDays(1), Now.AddDays(1));
        versions.Add(application.Version);
        application.Withdraw(Now.AddDays(2));
        versions.Add(application.Version);
        application.Erase(Now.AddDays(3));
        versions.Add(application.Version);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }
}
