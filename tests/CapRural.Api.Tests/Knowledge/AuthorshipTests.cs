using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A published experience report names its author only if they chose so, and never once they are erased.</summary>
public sealed class AuthorshipTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string GroupMember = "un·e membre du groupe";

    private static JsonObject Report(string title, bool? publishAuthorName)
    {
        var report = new JsonObject
        {
            ["title"] = title,
            ["summary"] = "Ce que le groupe a appris.",
            ["body"] = "## Ce que nous avons fait\n\nUn atelier chaque mois.",
            ["themes"] = new JsonArray("culture"),
        };
        if (publishAuthorName is { } choice)
        {
            report["publishAuthorName"] = choice;
        }

        return report;
    }

    /// <summary>Submitted by the member, accepted by the coordinator; returns the sheet's id and slug.</summary>
    private static async Task<(Guid SheetId, string Slug)> PublishedAsync(GroupSetup group, HttpClient member, string title, bool? publishAuthorName)
    {
        var submitted = await member.PostAsJsonAsync("/api/experience-reports", Report(title, publishAuthorName));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var report = await submitted.JsonAsync();
        Assert.Equal(publishAuthorName ?? false, report["publishAuthorName"]!.GetValue<bool>());
        var accepted = await group.Coordinator.PostAsync($"/api/experience-reports/{report["reportId"]}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var sheetId = (await accepted.JsonAsync())["sheetId"]!.GetValue<Guid>();
        var sheet = await (await group.Coordinator.GetAsync($"/api/method-sheets/{sheetId}")).JsonAsync();
        return (sheetId, sheet.Text("slug"));
    }

    private async Task<IReadOnlyList<string>> PublicAuthorsAsync(string slug)
    {
        var sheet = await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync();
        return [.. sheet["authors"]!.AsArray().Select(a => a!.GetValue<string>())];
    }

    [Fact]
    public async Task A_sheet_names_the_author_only_when_they_chose_so_for_that_report()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Wanda", "socialAction", "63430", "CCAS de Thiers"),
            new Applicant("Xavier", "localDevelopment", "69123", "Métropole de Lyon")]);
        var wanda = MeetingsApi.Member(factory, group.Tokens["Wanda"]);
        var xavier = MeetingsApi.Member(factory, group.Tokens["Xavier"]);
        Assert.Equal(HttpStatusCode.OK, (await MemberLifecycleApi.ConsentAsync(wanda, false)).StatusCode);

        var (_, unnamed) = await PublishedAsync(group, wanda, "Un atelier sans nom", null);
        var (_, declined) = await PublishedAsync(group, xavier, "Un atelier discret", false);
        var (_, named) = await PublishedAsync(group, xavier, "Un atelier signé", true);
        var (_, chosen) = await PublishedAsync(group, wanda, "Un atelier signé par Wanda", true);

        Assert.Equal([GroupMember], await PublicAuthorsAsync(unnamed));
        Assert.Equal([GroupMember], await PublicAuthorsAsync(declined));
        Assert.Equal(["Xavier Martin"], await PublicAuthorsAsync(named));
        // Refusing the directory is another choice: her explicit choice for this report counts.
        Assert.Equal(["Wanda Martin"], await PublicAuthorsAsync(chosen));

        var feed = await (await factory.CreateClient().GetAsync("/api/public/method-sheets.atom")).Content.ReadAsStringAsync();
        Assert.Equal(1, Count(feed, "<name>Wanda Martin</name>"));
    }

    [Fact]
    public async Task An_erased_author_is_no_longer_named_in_the_sheet_the_list_the_feed_the_archive_or_the_history()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Yasmine", "socialAction", "63430", "CCAS de Thiers")]);
        var yasmine = MeetingsApi.Member(factory, group.Tokens["Yasmine"]);
        var (sheetId, slug) = await PublishedAsync(group, yasmine, "Une fête de quartier", true);
        var anonymous = factory.CreateClient();
        Assert.Equal(["Yasmine Martin"], await PublicAuthorsAsync(slug));
        var before = await anonymous.GetAsync("/api/public/method-sheets?pageSize=100");
        var oldETag = before.Headers.ETag!.Tag;
        Assert.Contains("Yasmine Martin", await ArchiveTextAsync(), StringComparison.Ordinal);
        var erasedAt = factory.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.NoContent, (await group.Coordinator.DeleteAsync($"/api/applications/{group.Applications["Yasmine"]}")).StatusCode);
        await factory.DeliverOutboxAsync();

        Assert.Equal([GroupMember], await PublicAuthorsAsync(slug));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/public/method-sheets?pageSize=100");
        conditional.Headers.IfNoneMatch.ParseAdd(oldETag);
        var list = await anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listText = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Yasmine", listText, StringComparison.Ordinal);
        var item = (await list.JsonAsync())["items"]!.AsArray().Single(i => i!.Text("slug") == slug)!;
        Assert.Equal(GroupMember, item["authors"]![0]!.GetValue<string>());

        var sync = await (await anonymous.GetAsync($"/api/public/method-sheets?updatedSince={Uri.EscapeDataString(erasedAt.ToString("O"))}")).JsonAsync();
        Assert.Contains(sync["items"]!.AsArray(), i => i!.Text("slug") == slug);

        var feed = await (await anonymous.GetAsync("/api/public/method-sheets.atom")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Yasmine", feed, StringComparison.Ordinal);
        Assert.Contains($"<name>{GroupMember}</name>", feed, StringComparison.Ordinal);

        var archive = await ArchiveTextAsync();
        Assert.DoesNotContain("Yasmine", archive, StringComparison.Ordinal);
        Assert.Contains(GroupMember, archive, StringComparison.Ordinal);

        var coordinatorText = await (await group.Coordinator.GetAsync($"/api/method-sheets/{sheetId}")).Content.ReadAsStringAsync()
            + await (await group.Coordinator.GetAsync($"/api/method-sheets/{sheetId}/revisions")).Content.ReadAsStringAsync()
            + await (await group.Coordinator.GetAsync("/api/experience-reports?pageSize=100")).Content.ReadAsStringAsync()
            + await (await group.Coordinator.GetAsync("/api/meeting-notes?pageSize=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Yasmine", coordinatorText, StringComparison.Ordinal);

        // A second erasure changes nothing and fails nothing.
        var again = await group.Coordinator.DeleteAsync($"/api/applications/{group.Applications["Yasmine"]}");
        Assert.True(again.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound);
        await factory.DeliverOutboxAsync();
        Assert.Equal([GroupMember], await PublicAuthorsAsync(slug));
    }

    private async Task<string> ArchiveTextAsync()
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync("/api/public/method-sheets/archive.zip");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
