using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Members send retours d'expérience with their token; the coordinator accepts (a published sheet) or rejects them.</summary>
public sealed class ExperienceReportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Applicant[] Applicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
    ];

    private static JsonObject Report(string? title, string body = "## Ce que nous avons fait\n\nUn **bus itinérant** pour les démarches.") => new()
    {
        ["title"] = title,
        ["summary"] = "Un bus qui va vers les habitants.",
        ["body"] = body,
        ["themes"] = new JsonArray("mobilite", "aller-vers"),
    };

    private static async Task<JsonNode> SubmitAsync(HttpClient member, string title)
    {
        var response = await member.PostAsJsonAsync("/api/experience-reports", Report(title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static Guid ReportId(JsonNode report) => report["reportId"]!.GetValue<Guid>();

    [Fact]
    public async Task A_member_report_accepted_by_the_coordinator_is_published_as_an_experience_report_sheet()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);

        var response = await alix.PostAsJsonAsync("/api/experience-reports", Report("Un bus pour les démarches"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal($"/api/experience-reports/{ReportId(report)}", response.Headers.Location!.OriginalString);
        Assert.Equal("pending", report.Text("status"));
        Assert.Equal(group.GroupId, report["groupId"]!.GetValue<Guid>());

        var pending = await (await coordinator.GetAsync("/api/experience-reports?status=pending&pageSize=100")).JsonAsync();
        Assert.Contains(pending["items"]!.AsArray(), i => ReportId(i!) == ReportId(report));

        var accepted = await coordinator.PostAsync($"/api/experience-reports/{ReportId(report)}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var decided = await accepted.JsonAsync();
        Assert.Equal("accepted", decided.Text("status"));
        var sheetId = decided["sheetId"]!.GetValue<Guid>();

        var sheet = await (await coordinator.GetAsync($"/api/method-sheets/{sheetId}")).JsonAsync();
        Assert.Equal("experienceReport", sheet.Text("kind"));
        Assert.Equal("published", sheet.Text("status"));
        Assert.Equal(1, sheet["publishedRevision"]!.GetValue<int>());

        var online = await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{sheet.Text("slug")}")).JsonAsync();
        Assert.Equal("experienceReport", online.Text("kind"));
        Assert.Equal("Un bus pour les démarches", online.Text("title"));
        Assert.Contains("<strong>bus itinérant</strong>", online.Text("html"), StringComparison.Ordinal);

        // A coordinator's own sheet stays a method sheet.
        var (_, slug) = await KnowledgeApi.PublishNewAsync(coordinator, KnowledgeApi.SheetBody("Fiche de la coordination"));
        Assert.Equal("methodSheet", (await (await factory.CreateClient().GetAsync($"/api/public/method-sheets/{slug}")).JsonAsync()).Text("kind"));

        var listed = await (await coordinator.GetAsync("/api/experience-reports?status=accepted&pageSize=100")).JsonAsync();
        Assert.Contains(listed["items"]!.AsArray(), i => ReportId(i!) == ReportId(report));
    }

    [Fact]
    public async Task A_report_sent_without_summary_can_still_be_accepted()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Bérénice", "socialAction", "63430", "CCAS de Thiers")]);
        var report = Report("Un café des aidants", "Un café chaque mois pour les aidants.");
        report.Remove("summary");
        var submitted = await MeetingsApi.Member(factory, group.Tokens["Bérénice"]).PostAsJsonAsync("/api/experience-reports", report);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);

        var accepted = await group.Coordinator.PostAsync($"/api/experience-reports/{ReportId(await submitted.JsonAsync())}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var sheet = await (await group.Coordinator.GetAsync($"/api/method-sheets/{(await accepted.JsonAsync())["sheetId"]}")).JsonAsync();
        Assert.Equal("Un café chaque mois pour les aidants.", sheet.Text("summary"));
    }

    [Fact]
    public async Task A_report_is_decided_once_and_a_rejection_needs_a_reason()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var coordinator = group.Coordinator;
        var dorian = MeetingsApi.Member(factory, group.Tokens["Dorian"]);
        var first = await SubmitAsync(dorian, "Une cantine partagée");
        var second = await SubmitAsync(dorian, "Un tiers-lieu");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await coordinator.PostAsJsonAsync(
            $"/api/experience-reports/{ReportId(first)}/reject", new { reason = "" })).StatusCode);
        var rejected = await coordinator.PostAsJsonAsync($"/api/experience-reports/{ReportId(first)}/reject", new { reason = "Hors du champ du groupe." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var decided = await rejected.JsonAsync();
        Assert.Equal("rejected", decided.Text("status"));
        Assert.Equal("Hors du champ du groupe.", decided.Text("rejectionReason"));

        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/experience-reports/{ReportId(first)}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync(
            $"/api/experience-reports/{ReportId(first)}/reject", new { reason = "Encore." })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/experience-reports/{ReportId(second)}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/experience-reports/{ReportId(second)}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync(
            $"/api/experience-reports/{ReportId(second)}/reject", new { reason = "Trop tard." })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/experience-reports/{Guid.NewGuid()}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task Only_members_submit_and_only_the_coordinator_moderates()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var report = await SubmitAsync(MeetingsApi.Member(factory, group.Tokens["Alix"]), "Un atelier numérique");
        var anonymous = factory.CreateClient();
        var reviewer = await factory.ClientWithRoleAsync(Roles.Reviewer);
        var partner = await factory.ClientWithRoleAsync(Roles.Partner);

        HttpRequestMessage[] CoordinatorRequests() =>
        [
            new(HttpMethod.Get, "/api/experience-reports"),
            new(HttpMethod.Post, $"/api/experience-reports/{ReportId(report)}/accept"),
            new(HttpMethod.Post, $"/api/experience-reports/{ReportId(report)}/reject") { Content = JsonContent.Create(new { reason = "Non." }) },
        ];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/experience-reports", Report("Anonyme"))).StatusCode);
        foreach (var request in CoordinatorRequests())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
        }

        foreach (var client in new[] { reviewer, partner })
        {
            foreach (var request in CoordinatorRequests())
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/experience-reports", Report("Sans jeton"))).StatusCode);
        }

        // A member token neither moderates nor is a coordinator key.
        var member = MeetingsApi.Member(factory, group.Tokens["Dorian"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/experience-reports/{ReportId(report)}/accept", null)).StatusCode);

        // A token Knowledge does not know is a wrong credential.
        var unknown = MeetingsApi.Member(factory, "mb_jeton-inventé");
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.PostAsJsonAsync("/api/experience-reports", Report("Jeton inventé"))).StatusCode);

        var pending = await (await group.Coordinator.GetAsync("/api/experience-reports?status=pending&pageSize=100")).JsonAsync();
        Assert.Single(pending["items"]!.AsArray(), i => ReportId(i!) == ReportId(report));
        Assert.DoesNotContain(pending["items"]!.AsArray(), i => i!.Text("title") is "Jeton inventé" or "Anonyme" or "Sans jeton");
    }

    [Fact]
    public async Task A_member_who_left_can_no_longer_submit()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);
        await SubmitAsync(alix, "Avant de partir");
        Assert.Equal(HttpStatusCode.NoContent, (await alix.PostAsync($"/api/groups/{group.GroupId}/leave", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await alix.PostAsJsonAsync("/api/experience-reports", Report("Après le départ"))).StatusCode);
    }

    [Fact]
    public async Task Bad_reports_are_refused_with_the_field_at_fault()
    {
        var group = await MeetingsApi.GroupAsync(factory, Applicants);
        var alix = MeetingsApi.Member(factory, group.Tokens["Alix"]);

        var untitled = await alix.PostAsJsonAsync("/api/experience-reports", Report(null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, untitled.StatusCode);
        Assert.Contains("title", (await untitled.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));

        var tooLong = await alix.PostAsJsonAsync("/api/experience-reports", Report("Trop long", new string('a', 100_001)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("body", (await tooLong.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));

        var empty = await alix.PostAsJsonAsync("/api/experience-reports", Report("Sans contenu", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        var pending = await (await group.Coordinator.GetAsync("/api/experience-reports?status=pending&pageSize=100")).JsonAsync();
        Assert.DoesNotContain(pending["items"]!.AsArray(), i => i!.Text("title") is "Trop long" or "Sans contenu");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await group.Coordinator.GetAsync("/api/experience-reports?status=maybe")).StatusCode);
    }
}
