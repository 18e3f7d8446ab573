namespace CapRural.Architecture.Tests.Description;

/// <summary>
/// A type deriving IntegrationEvent: where it lives, whether it can be derived from, the stable name it
/// declares, the module consumers reacting to it, and whether it is declared for outside subscribers.
/// </summary>
public sealed record EventTypeInfo(
    string Assembly,
    string Name,
    bool IsSealed,
    string? StableName = null,
    IReadOnlyList<string>? Consumers = null,
    bool ForOutsideSubscribers = false);
