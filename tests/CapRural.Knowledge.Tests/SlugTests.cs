using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Diagnostic partagé de territoire", "diagnostic-partage-de-territoire")]
    [InlineData("  L'œuvre d'art — à l'école ! ", "l-oeuvre-d-art-a-l-ecole")]
    [InlineData("Pauvreté-précarité : 10 leviers", "pauvrete-precarite-10-leviers")]
    [InlineData("!!!", "fiche")]
    public void A_slug_is_the_title_without_accents_case_or_punctuation(string title, string slug)
    {
        Assert.Equal(slug, TextFolding.Slug(title));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary()
    {
        var slug = TextFolding.Slug(string.Join(' ', Enumerable.Repeat("mobilité", 30)));
        Assert.True(slug.Length <= SheetRules.SlugMax);
        Assert.EndsWith("mobilite", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_slug_gets_the_first_free_number_from_2()
    {
        Assert.Equal("atelier", TextFolding.FirstFree("atelier", new HashSet<string>()));
        Assert.Equal("atelier-2", TextFolding.FirstFree("atelier", new HashSet<string> { "atelier" }));
        Assert.Equal("atelier-4", TextFolding.FirstFree("atelier", new HashSet<string> { "atelier", "atelier-2", "atelier-3" }));
    }

    [Fact]
    public void Vocabulary_themes_take_their_spelling_and_free_tags_are_kept()
    {
        var themes = SheetRules.NormaliseThemes(["Mobilite", "mobilité", " diagnostic ", "PETITE ENFANCE", ""]);
        Assert.Equal(["mobilité", "diagnostic", "petite enfance"], themes);
    }

    [Fact]
    public void Folding_ignores_accents_and_case_so_ecole_finds_ecole()
    {
        Assert.Equal("ecole", TextFolding.Fold("École"));
        Assert.Contains(TextFolding.Fold("ecole"), TextFolding.Fold("Une ÉCOLE rurale"), StringComparison.Ordinal);
    }
}
