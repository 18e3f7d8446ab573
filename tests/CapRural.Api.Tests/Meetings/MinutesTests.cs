using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>The minutes reach the members with who came, and their open actions reach the next agenda.</summary>
public sealed class MinutesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Minutes = """
        ## Tour de table

        Les CCAS présentent leurs permanences.

        ## Actions

        - [ ] Envoyer la carte des services
        - [x] Réserver la salle
        * [ ] Inviter la CAF à la prochaine réunion
        """;

    [Fact]
    public async Task Recording_the_minutes_mails_them_to_current_members_with_attendance_and_carries_open_actions_to_the_next_agenda()
    {
        var group = await MeetingsApi.GroupAsync(factory,
        [
            new("Alix", "socialAction", "63430", "CCAS de Thiers"),
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
            new("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
        ]);
        var coordinator = group.Coordinator;
        var february = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-02-12T14:00", "2026-02-12T16:00", "Réunion de février"));
        var april = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-04-09T14:00", "2026-04-09T16:00", "Réunion d'avril"));
        var februaryId = february["meetingId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NoContent, (await MeetingsApi.Member(factory, group.Tokens["Elsa"]).PostAsync($"/api/groups/{group.GroupId}/leave", null)).StatusCode);
        var alix = await MeetingsApi.MemberIdAsync(group, "Alix");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/meetings/{februaryId}/attendance", new { present = new[] { alix } })).StatusCode);
        await factory.DeliverOutboxAsync();
        var mailsBefore = factory.Mails().Count;

        var held = await (await coordinator.PutAsJsonAsync($"/api/meetings/{februaryId}/minutes", new { minutes = Minutes })).JsonAsync();
        Assert.Equal(["Envoyer la carte des services", "Inviter la CAF à la prochaine réunion"], held["actionItems"]!.AsArray().Select(a => a!.GetValue<string>()));
        await factory.DeliverOutboxAsync();

        Assert.Equal(mailsBefore + 2, factory.Mails().Count);
        foreach (var who in new[] { "Alix", "Dorian" })
        {
            var mail = Assert.Single(MeetingsApi.MailsTo(factory, group.Email(who)), m => m.Subject!.StartsWith("Compte rendu :", StringComparison.Ordinal));
            Assert.Contains("Réunion de février", mail.Subject, StringComparison.Ordinal);
            Assert.Contains("Les CCAS présentent leurs permanences.", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Présent·es (1) : Alix Martin", mail.TextBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(MeetingsApi.MailsTo(factory, group.Email("Elsa")), m => m.Subject!.StartsWith("Compte rendu", StringComparison.Ordinal));

        // The next meeting's agenda follows the open actions up, without writing to members; a correction does not add them twice.
        var next = await (await coordinator.GetAsync($"/api/meetings/{april["meetingId"]}")).JsonAsync();
        Assert.Equal(["Tour de table", "Nos pratiques d'aller-vers", "Suivi : Envoyer la carte des services", "Suivi : Inviter la CAF à la prochaine réunion"],
            next["agenda"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(1, next["sequence"]!.GetValue<int>());
        Assert.DoesNotContain(factory.Mails(), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/meetings/{februaryId}/minutes", new { minutes = Minutes + "\n- [ ] Relancer le Département" })).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Dorian")), m => m.Subject!.StartsWith("Compte rendu corrigé :", StringComparison.Ordinal));
        next = await (await coordinator.GetAsync($"/api/meetings/{april["meetingId"]}")).JsonAsync();
        Assert.Equal(5, next["agenda"]!.AsArray().Count);
        Assert.Equal("Suivi : Relancer le Département", next["agenda"]![4]!.GetValue<string>());

        // A meeting planned without an agenda starts from the last held meeting's open actions.
        var plan = MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-06-11T14:00", "2026-06-11T16:00", "Réunion de juin");
        plan.Remove("agenda");
        var june = await MeetingsApi.PlanAsync(coordinator, group.GroupId, plan);
        Assert.Equal(3, june["agenda"]!.AsArray().Count);
        Assert.StartsWith("Suivi : ", june["agenda"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
