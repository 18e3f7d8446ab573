namespace CapRural.Territories.Tests;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Saint-Étienne", "saint etienne")]
    [InlineData("L'Haÿ-les-Roses", "l hay les roses")]
    [InlineData("L’Île-d’Yeu", "l ile d yeu")]
    [InlineData("Œuilly", "oeuilly")]
    [InlineData("Bors (Canton de Charente-Sud)", "bors canton de charente sud")]
    [InlineData("  --Saint   Étienne--  ", "saint etienne")]
    [InlineData("Saint-E\u0301tienne", "saint etienne")] // decomposed accent
    [InlineData("", "")]
    public void Folds_accents_case_and_separators(string text, string expected)
    {
        var buffer = new char[NameFolding.MaxFoldedLength(text.Length)];

        Assert.Equal(expected, new string(buffer, 0, NameFolding.Fold(text, buffer)));
    }

    [Fact]
    public void Every_commune_name_folds_to_lower_case_ascii_words()
    {
        Assert.All(Gazetteer.Default.Communes, c =>
        {
            var words = NameFolding.Words(c.Name);
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.Matches("^[a-z0-9]+$", w));
        });
    }
}
