using System.Text.Json.Nodes;
using CapRural.Territories;

namespace CapRural.Api.Tests.Platform;

/// <summary>The application form's commune field, as the website calls it.</summary>
public sealed class CommuneAutocompleteTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> DepartmentsOfTheRegion => ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];

    [Theory]
    [MemberData(nameof(DepartmentsOfTheRegion))]
    public async Task A_department_filter_applies_before_the_limit(string department)
    {
        var gazetteer = Gazetteer.Default;
        var saints = gazetteer.CommunesOfDepartment(department).Count(c => Words(c.Name).Contains("saint"));
        Assert.True(saints > 0, $"the region's department {department} has communes named Saint-…");

        var found = await SearchAsync($"q=saint&department={department}&limit=20");

        Assert.Equal(Math.Min(20, saints), found.Count);
        Assert.All(found, c => Assert.Equal(department, c!["departmentCode"]!.GetValue<string>()));
        Assert.All(found, c => Assert.Contains("saint", Words(c!["name"]!.GetValue<string>())));
        var populations = found.Select(c => c!["population"]!.GetValue<int>()).ToList();
        Assert.Equal(populations.OrderDescending(), populations);

        var largest = gazetteer.CommunesOfDepartment(department).MaxBy(c => c.Population)!;
        Assert.Equal(largest.Code, (await SearchAsync($"department={department}"))[0]!["code"]!.GetValue<string>());
        var byName = await SearchAsync($"q={Uri.EscapeDataString(largest.Name)}&department={department}");
        Assert.Equal(largest.Code, byName[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saint_in_cantal_lists_many_communes_not_only_saint_flour()
    {
        var found = await SearchAsync("q=saint&department=15&limit=20");
        Assert.Equal(20, found.Count);
        Assert.Equal("Saint-Flour", found[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Among_equal_matches_the_larger_commune_comes_first()
    {
        Assert.Equal("63113", (await SearchAsync("q=clermont"))[0]!["code"]!.GetValue<string>());
        // A whole word still beats a longer name: the village of Nant is found before Nantes.
        var nant = await SearchAsync("q=nant");
        Assert.Equal("Nant", nant[0]!["name"]!.GetValue<string>());
        Assert.Contains(nant, c => c!["name"]!.GetValue<string>() == "Nantes");
    }

    [Theory]
    [InlineData("63000", "63113")]
    [InlineData("15100", "15187")]
    [InlineData("63000 clermont", "63113")]
    [InlineData("clermont 63", "63113")]
    [InlineData("4300", "43157")]
    public async Task A_postal_code_typed_in_the_search_box_finds_its_communes(string typed, string expected)
    {
        var found = await SearchAsync($"q={Uri.EscapeDataString(typed)}");
        Assert.Equal(expected, found[0]!["code"]!.GetValue<string>());
        var postal = typed.Split(' ').First(w => w.All(char.IsAsciiDigit));
        Assert.All(found, c => Assert.Contains(c!["postalCodes"]!.AsArray(), p => p!.GetValue<string>().StartsWith(postal, StringComparison.Ordinal)));
    }

    private async Task<JsonArray> SearchAsync(string query) =>
        (await (await factory.CreateClient().GetAsync($"/api/territories/communes?{query}")).JsonAsync()).AsArray();

    private static List<string> Words(string name) =>
        name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(ch => char.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Aggregate(new System.Text.StringBuilder(), (b, ch) => b.Append(char.IsLetterOrDigit(ch) ? ch : ' '))
            .ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
}
