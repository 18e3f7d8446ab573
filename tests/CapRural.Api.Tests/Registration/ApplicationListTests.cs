using System.Net;
using System.Text;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

public sealed class ApplicationListTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(HttpClient Coordinator, Guid CallId)> CallWithApplicationsAsync()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        var anonymous = factory.CreateClient();
        var social = RegistrationApi.Form("social@example.org", communeCode: "63113");
        social["motivation"] = "Accompagner les familles vers l'école et la crèche du bourg.";
        await RegistrationApi.ApplyAsync(anonymous, callId, social);
        var local = RegistrationApi.Form("local@example.org", communeCode: "69123", sector: "localDevelopment");
        local["lastName"] = "Dupont";
        local["organisation"] = "=HYPERLINK(\"http://evil.test\")";
        await RegistrationApi.ApplyAsync(anonymous, callId, local);
        var (withdrawnId, token) = await RegistrationApi.ApplyAsync(anonymous, callId, RegistrationApi.Form("gone@example.org", communeCode: "42218"));
        await factory.ClientWithApplicationToken(token).PostAsync($"/api/applications/{withdrawnId}/withdraw", null);
        return (coordinator, callId);
    }

    [Fact]
    public async Task The_coordinator_filters_by_sector_department_status_and_accent_free_text()
    {
        var (coordinator, callId) = await CallWithApplicationsAsync();
        async Task<int> Total(string query) =>
            (await (await coordinator.GetAsync($"/api/calls/{callId}/applications?{query}")).JsonAsync())["total"]!.GetValue<int>();

        Assert.Equal(3, await Total(""));
        Assert.Equal(1, await Total("sector=localDevelopment"));
        Assert.Equal(1, await Total("department=69"));
        Assert.Equal(1, await Total("status=withdrawn"));
        Assert.Equal(1, await Total("q=ECOLE"));
        Assert.Equal(1, await Total("q=dupont"));
        Assert.Equal(0, await Total("q=introuvable"));

        var page = await (await coordinator.GetAsync($"/api/calls/{callId}/applications?page=2&pageSize=2")).JsonAsync();
        Assert.Single(page["items"]!.AsArray());
        Assert.Equal(3, page["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("sector=agriculture", "sector")]
    [InlineData("page=0", "page")]
    public async Task Out_of_range_paging_and_unknown_filter_values_are_refused(string query, string field)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        var problem = await (await coordinator.GetAsync($"/api/calls/{callId}/applications?{query}")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task An_unknown_call_is_404()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        await (await coordinator.GetAsync($"/api/calls/{Guid.NewGuid()}/applications")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_csv_opens_in_french_excel_and_disarms_formulas()
    {
        var (coordinator, callId) = await CallWithApplicationsAsync();
        var response = await coordinator.GetAsync($"/api/calls/{callId}/applications.csv?status=submitted");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Identifiant;Statut;Déposée le (heure de Paris);Prénom;Nom;E-mail", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Action sociale", StringComparison.Ordinal) && l.Contains("social@example.org", StringComparison.Ordinal));
        var hostile = lines.Single(l => l.Contains("Dupont", StringComparison.Ordinal));
        Assert.DoesNotContain(";=HYPERLINK", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain(";\"=HYPERLINK", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_lists_and_exports()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, PlatformFactory.Start);
        var (_, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("lister@example.org"));
        foreach (var url in new[] { $"/api/calls/{callId}/applications", $"/api/calls/{callId}/applications.csv" })
        {
            await (await factory.CreateClient().GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await (await factory.ClientWithRoleAsync(Roles.Reviewer)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await (await factory.ClientWithRoleAsync(Roles.Partner)).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await factory.ClientWithApplicationToken(token).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        }
    }
}
