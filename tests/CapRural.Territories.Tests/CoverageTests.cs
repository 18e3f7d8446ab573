namespace CapRural.Territories.Tests;

public sealed class CoverageTests
{
    private static readonly string[] AuvergneRhoneAlpesDepartments =
        ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];

    private readonly Gazetteer _gazetteer = Gazetteer.Default;

    [Fact]
    public void Auvergne_Rhone_Alpes_has_its_4025_communes_in_its_12_departments()
    {
        var communes = _gazetteer.Communes.Where(c => c.RegionCode == "84").ToList();

        Assert.Equal(4025, communes.Count);
        Assert.Equal(AuvergneRhoneAlpesDepartments, communes.Select(c => c.DepartmentCode).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            AuvergneRhoneAlpesDepartments,
            _gazetteer.Departments.Where(d => d.RegionCode == "84").Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Equal(4025, AuvergneRhoneAlpesDepartments.Sum(d => _gazetteer.CommunesOfDepartment(d).Count));
    }

    [Fact]
    public void Every_Auvergne_Rhone_Alpes_commune_is_located_inside_the_region()
    {
        // The region spans roughly 44.1–46.8° N and 2.06–7.19° E.
        var outside = _gazetteer.Communes
            .Where(c => c.RegionCode == "84")
            .Where(c => c.Location.Latitude is < 44.0 or > 46.9 || c.Location.Longitude is < 2.0 or > 7.3)
            .Select(c => c.Code)
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void Has_every_current_commune_of_France_including_Corsica_and_overseas()
    {
        Assert.InRange(_gazetteer.CommuneCount, 34_900, 35_100);
        Assert.Equal(_gazetteer.CommuneCount, _gazetteer.Communes.Select(c => c.Code).Distinct().Count());
        Assert.Equal("Ajaccio", _gazetteer.FindCommune("2A004")?.Name);
        Assert.Equal("Bastia", _gazetteer.FindCommune("2B033")?.Name);
        Assert.Equal("94", _gazetteer.FindCommune("2B033")?.RegionCode);
        foreach (var department in new[] { "971", "972", "973", "974", "976" })
        {
            Assert.NotEmpty(_gazetteer.CommunesOfDepartment(department));
        }
    }

    [Fact]
    public void More_than_95_percent_of_communes_are_located_at_commune_or_epci_level()
    {
        var precise = _gazetteer.Communes.Count(c => c.Precision is LocationPrecision.Commune or LocationPrecision.Epci);

        Assert.True(precise > 0.95 * _gazetteer.CommuneCount, $"{precise} of {_gazetteer.CommuneCount}");
    }

    [Fact]
    public void Locations_are_valid_coordinates_and_epci_precision_implies_an_epci()
    {
        Assert.All(_gazetteer.Communes, c =>
        {
            Assert.InRange(c.Location.Latitude, -90.0, 90.0);
            Assert.InRange(c.Location.Longitude, -180.0, 180.0);
            if (c.Precision == LocationPrecision.Epci)
            {
                Assert.NotNull(c.EpciSiren);
            }
        });
    }

    [Fact]
    public void Commune_references_point_to_listed_departments_regions_and_epci()
    {
        var departments = _gazetteer.Departments.ToDictionary(d => d.Code);
        Assert.All(_gazetteer.Communes, c =>
        {
            Assert.Equal(departments[c.DepartmentCode].RegionCode, c.RegionCode);
            Assert.NotNull(_gazetteer.FindRegion(c.RegionCode));
            if (c.EpciSiren is not null)
            {
                Assert.NotNull(_gazetteer.FindEpci(c.EpciSiren));
            }
        });
    }

    [Fact]
    public void Lists_departments_regions_and_epci()
    {
        Assert.Equal("Puy-de-Dôme", _gazetteer.FindDepartment("63")?.Name);
        Assert.Equal("Corse-du-Sud", _gazetteer.FindDepartment("2a")?.Name);
        Assert.Equal("Auvergne-Rhône-Alpes", _gazetteer.FindRegion("84")?.Name);
        Assert.Contains(_gazetteer.Regions, r => r.Code == "94");
        Assert.True(_gazetteer.Departments.Count >= 101);

        var clermont = _gazetteer.FindCommune("63113")!;
        var metropole = _gazetteer.FindEpci(clermont.EpciSiren);
        Assert.NotNull(metropole);
        Assert.Equal("METRO", metropole.Nature);
        var members = _gazetteer.CommunesOfEpci(metropole.Siren);
        Assert.Contains(clermont, members);
        Assert.All(members, m => Assert.Equal(metropole.Siren, m.EpciSiren));
    }

    [Fact]
    public void Unknown_department_region_or_epci_gives_nothing()
    {
        Assert.Null(_gazetteer.FindDepartment(null));
        Assert.Null(_gazetteer.FindDepartment("00"));
        Assert.Null(_gazetteer.FindRegion(""));
        Assert.Null(_gazetteer.FindEpci("not-a-siren"));
        Assert.Empty(_gazetteer.CommunesOfDepartment("2C"));
        Assert.Empty(_gazetteer.CommunesOfEpci("000000000"));
    }
}
