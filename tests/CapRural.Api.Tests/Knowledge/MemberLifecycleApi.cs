using System.Net.Http.Json;
using CapRural.BuildingBlocks.Contracts;
using CapRural.Knowledge;
using CapRural.Selection.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Steps of a member's life as Knowledge sees it: their consent choice, and events delivered in any order.</summary>
public static class MemberLifecycleApi
{
    public static Task<HttpResponseMessage> ConsentAsync(HttpClient member, bool consent) =>
        member.PutAsJsonAsync("/api/me/directory-consent", new { consent });

    /// <summary>
    /// Delivers one event to Knowledge's own consumer only, as the dispatcher would: for orders the other
    /// modules never produce on their own (a departure before the confirmation, a duplicate).
    /// </summary>
    public static async Task DeliverToKnowledgeAsync<TEvent>(PlatformFactory factory, TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        var consumerType = typeof(KnowledgeModule).Assembly.GetTypes()
            .Single(t => !t.IsAbstract && typeof(INotificationHandler<TEvent>).IsAssignableFrom(t));
        await using var scope = factory.Services.CreateAsyncScope();
        var consumer = (INotificationHandler<TEvent>)ActivatorUtilities.CreateInstance(scope.ServiceProvider, consumerType);
        await consumer.Handle(integrationEvent, CancellationToken.None);
    }

    public static SelectedPerson Person(string firstName, bool consent, string email = "") => new(
        firstName, "Martin", email.Length > 0 ? email : $"{firstName.ToLowerInvariant()}@example.org", "CCAS de Thiers", Sector.SocialAction,
        "travailleur social", "63430", "Thiers", "63", "200071405", "CC Thiers Dore et Montagne", 45.85, 3.55, "commune", ["culture"], consent);
}
