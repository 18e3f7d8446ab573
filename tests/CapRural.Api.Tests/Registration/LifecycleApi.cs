using System.Net;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Selection;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Registration;

/// <summary>Steps the lifecycle tests share: a published selection, an application as the coordinator sees it, a job run.</summary>
public static class LifecycleApi
{
    /// <summary>Decides each named candidate as given, publishes the results and delivers what follows.</summary>
    public static async Task PublishAsync(PlatformFactory factory, SelectionSetup setup, IReadOnlyDictionary<string, string> decisions)
    {
        foreach (var (who, decision) in decisions)
        {
            var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, who);
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, who, decision, etag)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
    }

    public static async Task<JsonNode> ApplicationAsync(HttpClient coordinator, Guid applicationId)
    {
        var response = await coordinator.GetAsync($"/api/applications/{applicationId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>The private token in the link of the acknowledgement e-mail sent to <paramref name="email"/>.</summary>
    public static string TokenFromAcknowledgement(PlatformFactory factory, string email, Guid applicationId)
    {
        var mail = factory.Mails().First(m => m.Subject!.StartsWith("Votre candidature", StringComparison.Ordinal)
            && m.To.Mailboxes.Any(b => b.Address == email));
        return TokenInLink(mail.TextBody!, applicationId);
    }

    /// <summary>The token of the private link to <paramref name="applicationId"/> in an e-mail's text.</summary>
    public static string TokenInLink(string text, Guid applicationId)
    {
        var link = text.Split('\n').First(l => l.Contains($"/candidatures/{applicationId}?token=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim());
    }

    public static async Task<T> SendAsync<T>(PlatformFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public static async Task PublishEventAsync(PlatformFactory factory, INotification notification)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification);
    }
}
