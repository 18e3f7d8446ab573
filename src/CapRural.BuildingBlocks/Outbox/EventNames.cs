using System.Collections.Concurrent;
using System.Reflection;
using CapRural.BuildingBlocks.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Maps the stable names outbox rows are stored under to the event types of the loaded contracts,
/// and back. A row whose name no loaded contract declares fails loudly and waits to be parked.
/// </summary>
public sealed class EventNames
{
    private static readonly ConcurrentDictionary<Type, string> NamesByType = new();

    private readonly Dictionary<string, Type> _types;

    public EventNames(IEnumerable<EventContracts> contracts)
    {
        _types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in contracts.SelectMany(c => c.Assembly.GetTypes()).Distinct().Where(IsConcreteEvent))
        {
            var name = Of(type);
            if (!_types.TryAdd(name, type))
            {
                throw new InvalidOperationException($"Two integration events are named {name}: {_types[name].FullName} and {type.FullName}");
            }
        }
    }

    /// <summary>The stable name an event type declares with <see cref="EventNameAttribute"/>.</summary>
    public static string Of(Type eventType) => NamesByType.GetOrAdd(eventType, type =>
        type.GetCustomAttribute<EventNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{type.FullName} declares no [EventName]: integration events are stored under a stable name"));

    public Type TypeOf(string name) =>
        _types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"No loaded contract declares the event {name}");

    private static bool IsConcreteEvent(Type type) => !type.IsAbstract && typeof(IntegrationEvent).IsAssignableFrom(type);
}

/// <summary>An assembly of integration-event contracts a module publishes.</summary>
public sealed record EventContracts(Assembly Assembly);

public static class EventContractsRegistration
{
    /// <summary>Lets the dispatcher read the events declared in the assembly of <typeparamref name="TAnyEvent"/>.</summary>
    public static IServiceCollection AddEventContracts<TAnyEvent>(this IServiceCollection services)
        where TAnyEvent : IntegrationEvent
    {
        services.AddSingleton(new EventContracts(typeof(TAnyEvent).Assembly));
        services.TryAddSingleton<EventNames>();
        return services;
    }
}
