using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Knowledge;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Answers;

public sealed class OutputSafetyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Line_breaks_in_a_meeting_link_title_or_agenda_are_refused_and_a_download_is_published()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var url = $"/api/groups/{group.GroupId}/meetings";
        var injected = MeetingsApi.Meeting("remote", null, "https://visio.test/a\r\nATTENDEE:mailto:intrus@example.org");
        var problem = await (await group.Coordinator.PostAsJsonAsync(url, injected)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(problem["errors"]!["onlineUrl"]);
        var title = MeetingsApi.Meeting("remote", null, "https://visio.test/a", title: "Réunion\nBEGIN:VEVENT");
        Assert.NotNull((await (await group.Coordinator.PostAsJsonAsync(url, title)).ProblemAsync(HttpStatusCode.UnprocessableEntity))["errors"]!["title"]);
        var agenda = MeetingsApi.Meeting("remote", null, "https://visio.test/a");
        agenda["agenda"] = new System.Text.Json.Nodes.JsonArray("Tour de table\r\nATTENDEE:mailto:x@example.org");
        Assert.NotNull((await (await group.Coordinator.PostAsJsonAsync(url, agenda)).ProblemAsync(HttpStatusCode.UnprocessableEntity))["errors"]!["agenda"]);

        var meeting = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId, MeetingsApi.Meeting("remote", null, "https://visio.test/a"));
        var download = await MeetingsApi.Member(factory, group.Tokens["Alix"]).GetAsync($"/api/meetings/{meeting["meetingId"]}.ics");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("PUBLISH", Ical.Net.Calendar.Load(await download.Content.ReadAsStringAsync())!.Method);
        Assert.True(download.Headers.CacheControl?.NoStore);

        await factory.DeliverOutboxAsync();
        var mail = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Invitation", StringComparison.Ordinal));
        Assert.NotNull(mail.HtmlBody);
        var part = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>(), a => a.FileName == "invitation.ics");
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        var invitation = Assert.Single(MeetingsApi.Invitation(mail).Events);
        Assert.Equal("mailto:ne-pas-repondre@caprural.org", invitation.Organizer!.Value!.ToString());
        Assert.Equal("mailto:" + group.Email("Alix"), Assert.Single(invitation.Attendees).Value!.ToString());
    }

    [Fact]
    public async Task Published_sheets_carry_no_form_no_tracking_image_and_safe_links_and_the_archive_declares_its_charset()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        const string body = "# Fiche\n\n<form><input name=\"x\"><button>OK</button></form>\n\n![pixel](https://tracker.test/p.gif)\n\n" +
            "<a href=\"https://partenaire.test\" target=\"_blank\">partenaire</a>";
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche à nettoyer", body));

        var html = (await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync()).Text("html");
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<input", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<button", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker.test", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);

        var archive = await factory.CreateClient().GetByteArrayAsync("/api/public/method-sheets/archive.zip");
        using var zip = new ZipArchive(new MemoryStream(archive));
        using var reader = new StreamReader(zip.GetEntry($"{slug}/fiche.html")!.Open());
        var document = await reader.ReadToEndAsync();
        Assert.StartsWith("<!DOCTYPE html>", document, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", document, StringComparison.Ordinal);
        Assert.Contains("Fiche à nettoyer", document, StringComparison.Ordinal);
    }
}
