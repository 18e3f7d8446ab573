using System.Net;

namespace CapRural.Api.Tests.Selection;

/// <summary>People not selected are told the day their data is erased, from the same setting as the erasure itself.</summary>
public sealed class RetentionNoticeTests : IDisposable
{
    private readonly PlatformFactory _factory = new PlatformFactory().With("Retention:NotSelectedDays", "30");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Waitlisted_and_declined_people_learn_when_their_data_goes()
    {
        var setup = await SelectionApi.SetUpAsync(_factory, SelectionApi.SixApplicants[..3]);
        foreach (var (who, decision) in new[] { ("Alix", "accepted"), ("Basile", "waitlisted"), ("Chloé", "declined") })
        {
            var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, who);
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, who, decision, etag)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await _factory.DeliverOutboxAsync();

        MimeKit.MimeMessage MailTo(string who) => Assert.Single(_factory.Mails(), m =>
            m.To.ToString().Contains($"{who.ToLowerInvariant()}.{setup.CallId:N}@", StringComparison.Ordinal)
            && !m.Subject!.StartsWith("Votre candidature : AMI", StringComparison.Ordinal));
        Assert.Contains("Si aucune place ne vous est proposée d'ici là, vos données personnelles", MailTo("Basile").TextBody, StringComparison.Ordinal);
        Assert.Contains("effacées automatiquement le 1 avril 2026", MailTo("Basile").TextBody, StringComparison.Ordinal);
        Assert.Contains("effacées automatiquement le 1 avril 2026", MailTo("Chloé").TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("effacées automatiquement", MailTo("Alix").TextBody, StringComparison.Ordinal);
    }
}
