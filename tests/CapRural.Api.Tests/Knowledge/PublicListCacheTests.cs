using System.Diagnostics;
using System.Net;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>The partners' list is cached by what the query means, and stays right when another instance publishes.</summary>
public sealed class PublicListCacheTests
{
    [Fact]
    public async Task Spelling_order_and_unknown_parameters_change_neither_the_answer_nor_its_etag()
    {
        using var factory = new PlatformFactory();
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Transport à la demande", "Une navette pour l'école rurale.", "mobilité"));
        var anonymous = factory.CreateClient();

        var plain = await anonymous.GetAsync("/api/public/method-sheets?theme=mobilite&q=ecole%20rurale&updatedSince=2026-03-02T08:00:00Z");
        var spelled = await anonymous.GetAsync("/api/public/method-sheets?junk=1&q=RURALE%20%C3%89cole%20ecole&updatedSince=2026-03-02T09:00:00%2B01:00&theme=Mobilit%C3%A9&other=x");
        var other = await anonymous.GetAsync("/api/public/method-sheets?theme=mobilite&q=ecole&updatedSince=2026-03-02T08:00:00Z");

        Assert.Equal(HttpStatusCode.OK, spelled.StatusCode);
        Assert.Equal(plain.Headers.ETag, spelled.Headers.ETag);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await spelled.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, (await spelled.JsonAsync())["total"]!.GetValue<int>());
        Assert.NotEqual(plain.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_query_refused_once_is_refused_again_and_a_query_seen_before_sees_new_sheets()
    {
        using var factory = new PlatformFactory();
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var anonymous = factory.CreateClient();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anonymous.GetAsync("/api/public/method-sheets?pageSize=0&q=ecole")).StatusCode);
        }

        Assert.Equal(0, (await (await anonymous.GetAsync("/api/public/method-sheets?q=ecole")).JsonAsync())["total"]!.GetValue<int>());
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Aller vers les écoles"));
        Assert.Equal(1, (await (await anonymous.GetAsync("/api/public/method-sheets?q=ecole")).JsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_sheet_published_by_another_instance_on_the_same_data_is_listed_within_a_second_or_so()
    {
        using var writer = new PlatformFactory();
        using var reader = writer.SecondHost();
        var coordinator = await writer.ClientWithRoleAsync(Roles.Coordinator);
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Première fiche"));
        var partner = reader.CreateClient();
        var before = await partner.GetAsync("/api/public/method-sheets");
        Assert.Equal(1, (await before.JsonAsync())["total"]!.GetValue<int>());
        var held = before.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await partner.SendAsync(Conditional(held))).StatusCode);

        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Seconde fiche"));

        // The reader checks the list's version at most once a second: a partner holding the old
        // ETag gets 304 until then, and the new list with a new ETag after.
        var waited = Stopwatch.StartNew();
        HttpResponseMessage after;
        do
        {
            await Task.Delay(100);
            after = await partner.SendAsync(Conditional(held));
        }
        while (after.StatusCode == HttpStatusCode.NotModified && waited.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, (await after.JsonAsync())["total"]!.GetValue<int>());
        Assert.NotEqual(held, after.Headers.ETag);
    }

    private static HttpRequestMessage Conditional(System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/public/method-sheets");
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }
}
