using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>The author of an experience report is told the decision by e-mail, once, in French and in English.</summary>
public sealed class ModerationEmailTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<Guid> SubmitAsync(HttpClient member, string title, bool publishAuthorName = false)
    {
        var submitted = await member.PostAsJsonAsync("/api/experience-reports",
            new { title, summary = "En bref.", body = "Ce que nous avons fait.", publishAuthorName });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        return (await submitted.JsonAsync())["reportId"]!.GetValue<Guid>();
    }

    private IReadOnlyList<MimeKit.MimeMessage> MailsAbout(GroupSetup group, string who, string title) =>
        [.. MeetingsApi.MailsTo(factory, group.Email(who)).Where(m => m.Subject!.EndsWith(title, StringComparison.Ordinal))];

    [Fact]
    public async Task The_author_is_told_when_their_report_is_accepted_or_rejected()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Zoé", "socialAction", "63430", "CCAS de Thiers")]);
        var zoe = MeetingsApi.Member(factory, group.Tokens["Zoé"]);
        var kept = await SubmitAsync(zoe, "Une ressourcerie mobile", publishAuthorName: true);
        var refused = await SubmitAsync(zoe, "Un projet hors sujet");

        var accepted = await (await group.Coordinator.PostAsync($"/api/experience-reports/{kept}/accept", null)).JsonAsync();
        var slug = (await (await group.Coordinator.GetAsync($"/api/method-sheets/{accepted["sheetId"]}")).JsonAsync()).Text("slug");
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PostAsJsonAsync(
            $"/api/experience-reports/{refused}/reject", new { reason = "Hors du champ du groupe." })).StatusCode);
        await factory.DeliverOutboxAsync();

        var published = Assert.Single(MailsAbout(group, "Zoé", "Une ressourcerie mobile"));
        Assert.StartsWith("Votre retour d'expérience est publié", published.Subject!, StringComparison.Ordinal);
        Assert.Contains("Your experience report is published", published.Subject!, StringComparison.Ordinal);
        Assert.Contains("a accepté votre retour d'expérience", published.TextBody!, StringComparison.Ordinal);
        Assert.Contains("accepted your experience report", published.TextBody!, StringComparison.Ordinal);
        Assert.Contains($"https://site.test/fiches-methode/{slug}", published.TextBody!, StringComparison.Ordinal);
        Assert.Contains("« Zoé Martin »", published.TextBody!, StringComparison.Ordinal);

        var rejected = Assert.Single(MailsAbout(group, "Zoé", "Un projet hors sujet"));
        Assert.StartsWith("Votre retour d'expérience n'est pas publié", rejected.Subject!, StringComparison.Ordinal);
        Assert.Contains("Hors du champ du groupe.", rejected.TextBody!, StringComparison.Ordinal);
        Assert.Contains("does not publish it", rejected.TextBody!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_identical_decisions_at_once_give_one_decision_and_one_email()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Anouk", "socialAction", "63430", "CCAS de Thiers")]);
        var anouk = MeetingsApi.Member(factory, group.Tokens["Anouk"]);
        var toAccept = await SubmitAsync(anouk, "Un jardin partagé");
        var toReject = await SubmitAsync(anouk, "Une idée à revoir");

        var accepts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => group.Coordinator.PostAsync($"/api/experience-reports/{toAccept}/accept", null)));
        var rejects = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => group.Coordinator.PostAsJsonAsync(
            $"/api/experience-reports/{toReject}/reject", new { reason = "À retravailler." })));
        await factory.DeliverOutboxAsync();

        foreach (var answers in new[] { accepts, rejects })
        {
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        }

        Assert.Single(MailsAbout(group, "Anouk", "Un jardin partagé"));
        Assert.Single(MailsAbout(group, "Anouk", "Une idée à revoir"));
        var sheets = await (await factory.CreateClient().GetAsync("/api/public/method-sheets?q=jardin%20partage")).JsonAsync();
        Assert.Single(sheets["items"]!.AsArray());
    }
}
