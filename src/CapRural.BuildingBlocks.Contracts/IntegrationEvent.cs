using Mediator;

namespace CapRural.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module tells the others, delivered through the outbox.
/// Past tense, ids and plain data only — never an entity.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}
