using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Tests;

public sealed class AuthorshipTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static ExperienceReport Report(bool publishAuthorName) => ExperienceReport.Submit(
        MemberToken.Issued(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "HASH"), "Camille Martin", publishAuthorName,
        "Un bus", "", "Le contenu.", ["mobilité"], Now);

    [Fact]
    public void A_report_names_its_author_only_by_choice_and_with_the_current_name()
    {
        Assert.Equal(["un·e membre du groupe"], Report(false).Content("Camille Martin").Authors);
        Assert.Equal(["Camille Durand"], Report(true).Content("Camille Durand").Authors);
        Assert.Equal(["Camille Martin"], Report(true).Content(null).Authors);
    }

    [Fact]
    public void A_report_without_summary_is_published_with_the_opening_of_its_body()
    {
        var report = ExperienceReport.Submit(MemberToken.Issued(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "HASH"), "Camille Martin", false,
            "Un bus", "", "## Le contexte\n\nUn bus qui va vers les habitants.", [], Now);
        Assert.Equal("Le contexte", report.Content(null).Summary);
    }

    [Fact]
    public void Erasing_the_author_replaces_the_name_everywhere_once()
    {
        var revision = SheetRevision.Freeze(Guid.NewGuid(), 1, "un-bus",
            new SheetContent("Un bus", "", "", [], ["Camille Martin", "un·e membre du groupe"], "CC BY-SA 4.0", null), Now);
        Assert.True(revision.ReplaceAuthor("Camille Martin", "un·e membre du groupe"));
        Assert.Equal(["un·e membre du groupe"], revision.Authors);
        Assert.False(revision.ReplaceAuthor("Camille Martin", "un·e membre du groupe"));
    }
}
