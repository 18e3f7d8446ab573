using CapRural.Architecture.Tests.Description;

namespace CapRural.Architecture.Tests.Rules;

/// <summary>
/// An event nobody reads is either a forgotten reaction (the reverse of a transition that no module
/// hears) or personal data sent to no one: each has a consumer in a module, or is declared
/// [ForOutsideSubscribers] in its contracts — and a declared one that gained a consumer drops the mark.
/// </summary>
public static class EventConsumerRule
{
    public static IReadOnlyList<string> ViolationsOf(IReadOnlyList<EventTypeInfo> events) =>
        events
            .Where(e => e.IsSealed)
            .SelectMany(e => (e.Consumers?.Count ?? 0, e.ForOutsideSubscribers) switch
            {
                (0, false) => [$"{e.Name} has no consumer in any module and is not declared [ForOutsideSubscribers]"],
                ( > 0, true) => [$"{e.Name} is declared [ForOutsideSubscribers] but {string.Join(", ", e.Consumers!)} consume(s) it"],
                _ => Array.Empty<string>(),
            })
            .ToList();
}
