using System.Net;
using CapRural.Api.Tests.Registration;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>The directory's filters: topic (accents and case ignored), department, sector.</summary>
public sealed class DirectoryFilterTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Filters_by_topic_ignoring_accents_and_case_by_department_and_by_sector()
    {
        Joiner[] joiners =
        [
            new("Karim", "socialAction", "63430", "CCAS de Thiers", true, "Mobilité solidaire", "économie"),
            new("Léa", "localDevelopment", "69123", "Métropole de Lyon", true, "petite enfance"),
        ];
        var anonymous = factory.CreateClient();
        await DirectoryApi.OfferAsync(factory, joiners, "Karim", "Léa");
        await DirectoryApi.RespondAsync(factory, "Karim", "confirm");
        await DirectoryApi.RespondAsync(factory, "Léa", "confirm");

        Assert.Equal(["Karim Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&topic=MOBILITE%20solidaire")).Names());
        Assert.Equal(["Karim Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&topic=Economie")).Names());
        Assert.Equal(["Léa Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&topic=petite%20enfance&department=69")).Names());
        Assert.Empty(await DirectoryApi.DirectoryAsync(anonymous, "&topic=petite%20enfance&department=63"));
        Assert.Equal(["Léa Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&sector=localDevelopment")).Names());
        Assert.Equal(["Karim Martin"], (await DirectoryApi.DirectoryAsync(anonymous, "&sector=socialAction&department=63")).Names());

        var problem = await (await anonymous.GetAsync("/api/public/directory?sector=education")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("localDevelopment", problem["errors"]!["sector"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var paging = await (await anonymous.GetAsync("/api/public/directory?pageSize=1000")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(paging["errors"]!["pageSize"]);
    }
}
