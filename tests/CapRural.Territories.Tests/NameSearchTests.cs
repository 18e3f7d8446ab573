namespace CapRural.Territories.Tests;

public sealed class NameSearchTests
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("st etienne")]
    [InlineData("saint-etienne")]
    [InlineData("Saint Étienne")]
    [InlineData("SAINT-ÉTIENNE")]
    [InlineData("st-étienne")]
    [InlineData("  Saint  Etienne ")]
    [InlineData("Saint-Etien")]
    public void Saint_Etienne_comes_first_however_it_is_written(string query)
    {
        var results = _gazetteer.Search(query);

        Assert.Equal("42218", results[0].Code);
    }

    [Fact]
    public void Every_result_has_the_query_words_as_prefixes_of_its_name_words()
    {
        var results = _gazetteer.Search("saint et", limit: 50);

        Assert.Equal(50, results.Count);
        Assert.All(results, c =>
        {
            var words = Words(c.Name);
            var saint = Array.FindIndex(words, w => w.StartsWith("saint", StringComparison.Ordinal));
            Assert.True(saint >= 0, c.Name);
            Assert.Contains(words.Skip(saint + 1), w => w.StartsWith("et", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Prefix_matches_rank_by_population_after_exact_names()
    {
        var results = _gazetteer.Search("clermont", limit: 20);

        Assert.All(results, c => Assert.Contains(Words(c.Name), w => w.StartsWith("clermont", StringComparison.Ordinal)));
        var exact = results.TakeWhile(c => Words(c.Name) is ["clermont"]).Count();
        Assert.True(exact >= 1, "the communes named just Clermont come first");
        var rest = results.Skip(exact).ToList();
        Assert.Equal("63113", rest[0].Code);
        Assert.Equal(rest.Select(c => c.Population).OrderDescending(), rest.Select(c => c.Population));
    }

    [Fact]
    public void Partial_words_rank_by_population()
    {
        var results = _gazetteer.Search("clermont fer");

        Assert.Equal("63113", results[0].Code);
    }

    [Theory]
    [InlineData("ste marie", "sainte", "marie")]
    [InlineData("st jean", "saint", "jean")]
    public void Abbreviations_of_saint_and_sainte_are_understood(string query, string saint, string name)
    {
        var results = _gazetteer.Search(query);

        Assert.Equal(10, results.Count);
        Assert.All(results, c =>
        {
            var words = Words(c.Name);
            var at = Array.IndexOf(words, saint);
            Assert.True(at >= 0 && at + 1 < words.Length && words[at + 1].StartsWith(name, StringComparison.Ordinal), c.Name);
        });
    }

    [Fact]
    public void A_word_starting_with_st_still_matches_itself()
    {
        Assert.Equal("67482", _gazetteer.Search("stras")[0].Code);
        Assert.Contains(_gazetteer.Search("st", limit: 5000), c => c.Code == "67482");
    }

    [Fact]
    public void Apostrophes_and_leading_articles_are_optional()
    {
        Assert.Equal("43157", _gazetteer.Search("puy en velay")[0].Code);
        Assert.Equal("43157", _gazetteer.Search("Le Puy-en-Velay")[0].Code);
        Assert.Equal("85113", _gazetteer.Search("l ile d yeu")[0].Code);
        Assert.Equal("85113", _gazetteer.Search("L’Île-d’Yeu")[0].Code);
    }

    [Fact]
    public void An_exact_name_outranks_larger_communes_that_merely_start_with_it()
    {
        var results = _gazetteer.Search("Nant");

        Assert.Equal("Nant", results[0].Name);
        Assert.Contains(results.Skip(1), c => c.Name == "Nantes" && c.Population > results[0].Population);
    }

    [Fact]
    public void Respects_the_limit()
    {
        Assert.Equal(3, _gazetteer.Search("saint", limit: 3).Count);
        Assert.Empty(_gazetteer.Search("saint", limit: 0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-'’")]
    [InlineData("zzzzqqq")]
    [InlineData("saint zzzzqqq")]
    public void Nothing_matches_empty_or_unknown_queries(string? query) =>
        Assert.Empty(_gazetteer.Search(query));

    /// <summary>Independent folding for assertions: accents, case and separators removed.</summary>
    private static string[] Words(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed
            .Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ')
            .ToArray();
        return new string(kept).Replace("œ", "oe", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
