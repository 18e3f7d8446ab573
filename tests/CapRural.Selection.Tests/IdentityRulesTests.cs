using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Features;

namespace CapRural.Selection.Tests;

/// <summary>Who counts as one organisation, what blind review masks, when an offer lapses: rules without a database.</summary>
public sealed class IdentityRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Candidate Person(string organisation, OrganisationType type = OrganisationType.Department, string? siren = null, string? motivation = null) =>
        Candidate.FromApplication(Guid.NewGuid(), Guid.NewGuid(), Profiles.Camille() with
        {
            Organisation = organisation,
            OrganisationType = type,
            Phone = "04 73 80 12 34",
            Motivation = motivation ?? "Croiser nos pratiques.",
        }, siren, Now);

    [Fact]
    public void The_same_name_in_one_department_is_one_organisation_whatever_the_accents_case_and_punctuation()
    {
        Assert.Equal(Organisations.Of(Person("Département du Cantal")), Organisations.Of(Person("DEPARTEMENT  du cantal.")));
        Assert.NotEqual(Organisations.Of(Person("Département du Cantal")).Key, Organisations.Of(Person("Département du Puy-de-Dôme")).Key);
    }

    [Fact]
    public void A_siren_wins_over_the_name_and_the_coordinators_grouping_over_both()
    {
        var town = Person("Mairie de Thiers", OrganisationType.Commune, siren: "216301135");
        var services = Person("Ville de Thiers", OrganisationType.Commune, siren: "216301135");
        Assert.Equal(new OrganisationIdentity("siren:216301135", OrganisationSource.Siren), Organisations.Of(town));
        Assert.Equal(Organisations.Of(town), Organisations.Of(services));

        services.GroupOrganisation($"{Organisations.CoordinatorPrefix}{services.Id}");
        Assert.Equal(OrganisationSource.Coordinator, Organisations.Of(services).Source);
        Assert.NotEqual(Organisations.Of(town).Key, Organisations.Of(services).Key);
    }

    [Fact]
    public void Intercommunality_staff_without_a_siren_count_by_their_epcis_siren()
    {
        var one = Person("Communauté de communes Thiers Dore et Montagne", OrganisationType.Intercommunality);
        var other = Person("CC TDM — service habitat", OrganisationType.Intercommunality);
        Assert.Equal(new OrganisationIdentity("siren:246300966", OrganisationSource.Epci), Organisations.Of(one));
        Assert.Equal(Organisations.Of(one), Organisations.Of(other));
    }

    [Fact]
    public void Blind_texts_mask_the_person_and_the_employing_territory_but_not_look_alike_words()
    {
        var epciStaff = Person("Communauté de communes Thiers Dore et Montagne", OrganisationType.Intercommunality);
        Assert.True(BlindText.EpciIdentifiesEmployer(epciStaff));
        Assert.Equal("[masqué] ([masqué], [masqué]) travaille à [masqué] ; les Thiersois et Camilleri restent.",
            BlindText.Masked("Camille MARTIN (camille@EXAMPLE.org, 0473801234) travaille à Thiers ; les Thiersois et Camilleri restent.", epciStaff));
        Assert.Equal("Appelez le [masqué] ou le [masqué].", BlindText.Masked("Appelez le +33 4 73 80 12 34 ou le 04-73-80-12-34.", epciStaff));

        var socialWorker = Person("CCAS de Riom", OrganisationType.SocialActionCentre);
        Assert.False(BlindText.EpciIdentifiesEmployer(socialWorker));
        Assert.Equal("Le [masqué] travaille avec Thiers.", BlindText.Masked("Le CCAS de Riom travaille avec Thiers.", socialWorker));
    }

    [Fact]
    public void An_offer_lapses_only_unanswered_and_past_its_deadline()
    {
        var candidate = Person("CCAS de Thiers");
        candidate.Decide(Decision.Accepted, Now, manually: false);
        candidate.MarkPublished("hash", Now, Now.AddDays(10));
        Assert.False(candidate.OfferLapsedAt(Now.AddDays(10).AddSeconds(-1)));
        Assert.True(candidate.OfferLapsedAt(Now.AddDays(10)));

        candidate.Confirm(Now.AddDays(1));
        Assert.False(candidate.OfferLapsedAt(Now.AddDays(11)));
    }
}
