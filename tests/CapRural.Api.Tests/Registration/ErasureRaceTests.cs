using System.Net;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>Erasure says yes once and means it: repeated or parallel requests, and never another application's messages.</summary>
public sealed class ErasureRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(Guid CallId, HttpClient Coordinator)> CallAsync()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        return (await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow()), coordinator);
    }

    private async Task<int> ErasedEventsAsync(Guid applicationId) =>
        (await factory.OutboxAsync("registration")).Count(m => m.Name == "registration.applicant-data-erased.v1" && m.SubjectId == applicationId);

    [Fact]
    public async Task Five_parallel_erasures_with_the_private_link_erase_once()
    {
        var (callId, coordinator) = await CallAsync();
        var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("five-deletes@example.org"));
        var applicant = factory.ClientWithApplicationToken(token);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => applicant.DeleteAsync($"/api/applications/{applicationId}")));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        await (await applicant.DeleteAsync($"/api/applications/{applicationId}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await ErasedEventsAsync(applicationId));
        Assert.Equal("erased", (await LifecycleApi.ApplicationAsync(coordinator, applicationId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Five_parallel_and_repeated_erasures_by_the_coordinator_all_answer_204_and_erase_once()
    {
        var (callId, coordinator) = await CallAsync();
        var (applicationId, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, RegistrationApi.Form("coordinator-deletes@example.org"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => coordinator.DeleteAsync($"/api/applications/{applicationId}")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a.StatusCode));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/applications/{applicationId}")).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Equal(1, await ErasedEventsAsync(applicationId));
    }

    [Fact]
    public async Task Erasing_one_application_of_an_address_leaves_its_other_application_whole_under_a_backlog_and_with_mail_down()
    {
        var (callA, coordinator) = await CallAsync();
        var (callB, _) = await CallAsync();
        await factory.DeliverOutboxAsync();
        var anonymous = factory.CreateClient();

        // Mail is down: the pickup folder cannot be created while a file stands in its place.
        Directory.CreateDirectory(factory.DataDirectory);
        if (Directory.Exists(factory.MailDirectory))
        {
            Directory.Delete(factory.MailDirectory, recursive: true);
        }

        await File.WriteAllTextAsync(factory.MailDirectory, "not a folder");
        try
        {
            for (var i = 0; i < 30; i++)
            {
                await RegistrationApi.ApplyAsync(anonymous, callA, RegistrationApi.Form($"backlog-{i}@example.org"));
            }

            var (erasedId, _) = await RegistrationApi.ApplyAsync(anonymous, callA, RegistrationApi.Form("two-calls@example.org"));
            var (keptId, _) = await RegistrationApi.ApplyAsync(anonymous, callB, RegistrationApi.Form("Two-Calls@example.org"));
            Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/applications/{erasedId}")).StatusCode);
            await factory.DeliverOutboxAsync();

            var outbox = await factory.OutboxAsync("registration");
            Assert.DoesNotContain(outbox, m => m.SubjectId == erasedId && m.Name != "registration.applicant-data-erased.v1");
            Assert.Contains(outbox, m => m.SubjectId == keptId && m.Name == "registration.application-submitted.v1" && m.ProcessedAt != null);
            var acknowledgement = Assert.Single(outbox, m => m.SubjectId == keptId && m.Kind.ToString() == "Email");
            Assert.Null(acknowledgement.ProcessedAt);
            Assert.True(acknowledgement.Attempts > 0);

            // Selection has the other application, not the erased one.
            var board = await (await coordinator.GetAsync($"/api/calls/{callB}/candidates?pageSize=100")).JsonAsync();
            Assert.Contains(board["items"]!.AsArray(), c => c!["applicationId"]!.GetValue<Guid>() == keptId);
            var boardA = await (await coordinator.GetAsync($"/api/calls/{callA}/candidates?pageSize=100")).JsonAsync();
            Assert.DoesNotContain(boardA["items"]!.AsArray(), c => c!["applicationId"]!.GetValue<Guid>() == erasedId);
        }
        finally
        {
            File.Delete(factory.MailDirectory);
        }

        // Mail is back: the retried acknowledgement of the other application goes out, once.
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await factory.DeliverOutboxAsync();
        var toPerson = factory.Mails().Where(m => m.To.ToString().Contains("two-calls@example.org", StringComparison.OrdinalIgnoreCase)).ToList();
        var sent = Assert.Single(toPerson);
        Assert.StartsWith("Votre candidature", sent.Subject!, StringComparison.Ordinal);
    }
}
