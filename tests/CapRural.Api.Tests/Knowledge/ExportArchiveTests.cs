using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

public sealed class ExportArchiveTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_archive_holds_every_published_sheet_with_its_revisions_and_licence_and_nothing_else()
    {
        var coordinator = await _factory.ClientWithRoleAsync(Roles.Coordinator);
        var (revised, _) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Diagnostic partagé", "Version 1"));
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await coordinator.PutAsJsonAsync($"/api/method-sheets/{revised}", KnowledgeApi.SheetBody("Diagnostic partagé", "Version 2"));
        await KnowledgeApi.ReviewAndPublishAsync(coordinator, revised);
        await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Mobilité solidaire", "Covoiturage"));
        var (archived, _) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche retirée"));
        await coordinator.PostAsync($"/api/method-sheets/{archived}/archive", null);
        await KnowledgeApi.CreateAsync(coordinator, KnowledgeApi.SheetBody("Brouillon"));

        var response = await _factory.CreateClient().GetAsync("/api/public/method-sheets/archive.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "LISEZMOI.md",
            "diagnostic-partage/LICENCE.txt",
            "diagnostic-partage/fiche.html",
            "diagnostic-partage/fiche.md",
            "diagnostic-partage/revisions/1.md",
            "diagnostic-partage/revisions/2.md",
            "index.json",
            "mobilite-solidaire/LICENCE.txt",
            "mobilite-solidaire/fiche.html",
            "mobilite-solidaire/fiche.md",
            "mobilite-solidaire/revisions/1.md",
        ], files);

        var sheet = Read(zip, "diagnostic-partage/fiche.md");
        Assert.StartsWith("---\ntitle: \"Diagnostic partagé\"\n", sheet, StringComparison.Ordinal);
        Assert.Contains("revision: 2\n", sheet, StringComparison.Ordinal);
        Assert.Contains("licence: \"CC BY-SA 4.0\"", sheet, StringComparison.Ordinal);
        Assert.EndsWith("Version 2", sheet, StringComparison.Ordinal);
        Assert.EndsWith("Version 1", Read(zip, "diagnostic-partage/revisions/1.md"), StringComparison.Ordinal);
        Assert.Contains("CC BY-SA 4.0", Read(zip, "diagnostic-partage/LICENCE.txt"), StringComparison.Ordinal);
        var index = JsonNode.Parse(Read(zip, "index.json"))!.AsArray();
        Assert.Equal(["diagnostic-partage", "mobilite-solidaire"], index.Select(i => i!["slug"]!.GetValue<string>()));

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/public/method-sheets/archive.zip");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _factory.CreateClient().SendAsync(again)).StatusCode);
    }

    private static string Read(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }
}
