using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;

namespace CapRural.Registration.Tests;

public sealed class ApplicationTests
{
    private static readonly DateTimeOffset Now = new(2022, 2, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly ApplicantPlace Thiers = new("63430", "Thiers", "63", "Puy-de-Dôme", "200070712", "CC Thiers Dore et Montagne", 45.85, 3.54, "commune");

    /// <summary>A valid form; each test changes what it is about.</summary>
    private sealed record Form : ApplicationForm
    {
        public Form()
        {
            FirstName = " Camille ";
            LastName = "Martin";
            Email = " Camille.Martin@Example.org ";
            Organisation = "CCAS de Thiers";
            OrganisationType = Contracts.OrganisationType.SocialActionCentre;
            JobTitle = "Travailleuse sociale";
            Sector = BuildingBlocks.Contracts.Sector.SocialAction;
            Role = "travailleur social";
            CommuneCode = "63430";
            Motivation = "Croiser nos pratiques avec l'école du village.";
            ConsentToProcessing = true;
            ConsentToDirectory = true;
        }
    }

    [Fact]
    public void The_address_is_compared_without_case_or_surrounding_spaces()
    {
        var application = Application.Submit(Guid.NewGuid(), new Form(), Thiers, "hash", Now);
        Assert.Equal("camille.martin@example.org", application.EmailKey);
        Assert.Equal("Camille.Martin@Example.org", application.Email);
        Assert.Equal("Camille", application.FirstName);
    }

    [Fact]
    public void Topics_are_trimmed_and_deduplicated_whatever_their_case()
    {
        var application = Application.Submit(Guid.NewGuid(), new Form { Topics = [" Mobilité", "mobilité", "", "Culture"] }, Thiers, "hash", Now);
        Assert.Equal(["Mobilité", "Culture"], application.Topics);
    }

    [Fact]
    public void Search_ignores_accents_and_case()
    {
        var application = Application.Submit(Guid.NewGuid(), new Form(), Thiers, "hash", Now);
        Assert.Contains("ecole", application.SearchText, StringComparison.Ordinal);
        Assert.Contains(Application.Normalize("ÉCOLE"), application.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Erasure_keeps_only_what_anonymous_counts_need()
    {
        var application = Application.Submit(Guid.NewGuid(), new Form { Phone = "04 73 00 00 00", Expectations = "Des outils" }, Thiers, "hash", Now);
        application.Erase(Now.AddDays(1));

        Assert.Equal(ApplicationStatus.Erased, application.Status);
        Assert.Equal("", application.FirstName + application.LastName + application.Organisation + application.JobTitle + application.Motivation + application.SearchText);
        Assert.Null(application.Email);
        Assert.Null(application.EmailKey);
        Assert.Null(application.Phone);
        Assert.Null(application.Expectations);
        Assert.Null(application.EditTokenHash);
        Assert.False(application.ConsentToDirectory);
        Assert.Equal(Sector.SocialAction, application.Sector);
        Assert.Equal("63", application.Place.DepartmentCode);
    }

    [Fact]
    public void A_withdrawn_or_erased_application_can_be_neither_corrected_nor_withdrawn_again()
    {
        var withdrawn = Application.Submit(Guid.NewGuid(), new Form(), Thiers, "hash", Now);
        withdrawn.Withdraw(Now);
        Assert.Throws<ConflictException>(() => withdrawn.Withdraw(Now));
        Assert.Throws<ConflictException>(() => withdrawn.Correct(new Form(), Thiers, Now));

        var erased = Application.Submit(Guid.NewGuid(), new Form(), Thiers, "hash", Now);
        erased.Erase(Now);
        Assert.Throws<ConflictException>(() => erased.Correct(new Form(), Thiers, Now));
    }

    [Fact]
    public void The_profile_told_to_other_modules_carries_territory_and_directory_consent()
    {
        var profile = Application.Submit(Guid.NewGuid(), new Form { ConsentToDirectory = false }, Thiers, "hash", Now).ToProfile();
        Assert.Equal("63", profile.DepartmentCode);
        Assert.Equal("200070712", profile.EpciSiren);
        Assert.Equal(45.85, profile.Latitude);
        Assert.False(profile.ConsentToDirectory);
        Assert.Equal(Sector.SocialAction, profile.Sector);
    }
}
