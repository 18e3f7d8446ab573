namespace CapRural.Territories.Tests;

public sealed class CommuneLookupTests
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("63113", "Clermont-Ferrand")]
    [InlineData(" 69123 ", "Lyon")]
    [InlineData("2a004", "Ajaccio")]
    [InlineData("97411", "Saint-Denis")]
    public void Finds_a_commune_by_its_code(string code, string name)
    {
        Assert.True(_gazetteer.TryFindCommune(code, out var commune));
        Assert.Equal(name, commune.Name);
    }

    [Theory]
    [InlineData("74011", "74010")] // Annecy-le-Vieux, merged into Annecy in 2017
    [InlineData("74268", "74010")] // Seynod, idem
    [InlineData("49071", "49092")] // a former commune of Chemillé-en-Anjou
    [InlineData("75115", "75056")] // Paris 15e arrondissement
    [InlineData("13201", "13055")] // Marseille 1er arrondissement
    public void An_old_code_resolves_to_the_current_commune(string oldCode, string currentCode)
    {
        Assert.True(_gazetteer.TryFindCommune(oldCode, out var commune));
        Assert.Equal(currentCode, commune.Code);
        Assert.Same(_gazetteer.FindCommune(currentCode), commune);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("2C001")]
    [InlineData("631130")]
    [InlineData("63 113")]
    [InlineData("6311")]
    [InlineData("６３１１３")]
    public void Unknown_or_malformed_codes_are_not_found(string? code)
    {
        Assert.False(_gazetteer.TryFindCommune(code, out _));
        Assert.Null(_gazetteer.FindCommune(code));
    }

    [Fact]
    public void Postal_code_63000_is_Clermont_Ferrand()
    {
        var communes = _gazetteer.FindByPostalCode("63000");

        Assert.Equal("63113", Assert.Single(communes).Code);
    }

    [Fact]
    public void A_shared_postal_code_lists_its_communes_most_populous_first()
    {
        var communes = _gazetteer.FindByPostalCode("63100");

        Assert.Contains(communes, c => c.Code == "63113");
        Assert.All(communes, c => Assert.Contains("63100", c.PostalCodes));
        Assert.Equal(communes.OrderByDescending(c => c.Population).Select(c => c.Population), communes.Select(c => c.Population));
    }

    [Fact]
    public void Arrondissement_postal_codes_find_the_city()
    {
        Assert.Equal("75056", Assert.Single(_gazetteer.FindByPostalCode("75015")).Code);
        Assert.Equal("69123", Assert.Single(_gazetteer.FindByPostalCode("69003")).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00000")]
    [InlineData("63-000")]
    [InlineData("630000")]
    public void Unknown_postal_codes_give_an_empty_list(string? postalCode) =>
        Assert.Empty(_gazetteer.FindByPostalCode(postalCode));

    [Fact]
    public void Communes_of_a_department_are_all_in_it()
    {
        var communes = _gazetteer.CommunesOfDepartment("63");

        Assert.Contains(communes, c => c.Code == "63113");
        Assert.All(communes, c => Assert.Equal("63", c.DepartmentCode));
        Assert.Equal(_gazetteer.Communes.Count(c => c.DepartmentCode == "63"), communes.Count);
    }

    [Fact]
    public void Returned_lists_cannot_be_modified()
    {
        IEnumerable<object>[] lists =
        [
            _gazetteer.CommunesOfDepartment("63"),
            _gazetteer.FindByPostalCode("63100"),
            _gazetteer.Communes,
            _gazetteer.FindCommune("63113")!.PostalCodes,
        ];

        Assert.All(lists, list =>
        {
            Assert.False(list is Array or List<Commune> or List<string>);
            if (list is System.Collections.IList mutable)
            {
                Assert.True(mutable.IsReadOnly);
            }
        });
    }

    [Fact]
    public void The_same_commune_is_returned_whichever_way_it_is_found()
    {
        var byCode = _gazetteer.FindCommune("63113");

        Assert.Same(byCode, _gazetteer.FindByPostalCode("63000")[0]);
        Assert.Same(byCode, _gazetteer.Search("clermont ferrand")[0]);
        Assert.Same(byCode, _gazetteer.CommunesOfDepartment("63").Single(c => c.Code == "63113"));
        Assert.Same(byCode, _gazetteer.Communes.Single(c => c.Code == "63113"));
    }

    [Fact]
    public void Concurrent_first_access_yields_one_instance_per_commune()
    {
        var gazetteer = Gazetteer.Load();
        var seen = new Commune[8][];

        Parallel.For(0, seen.Length, t => seen[t] = [.. gazetteer.Communes]);

        for (var t = 1; t < seen.Length; t++)
        {
            Assert.Equal(gazetteer.CommuneCount, seen[t].Length);
            Assert.True(seen[0].Zip(seen[t]).All(pair => ReferenceEquals(pair.First, pair.Second)));
        }
    }
}
