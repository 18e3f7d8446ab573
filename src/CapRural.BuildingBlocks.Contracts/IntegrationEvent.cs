using System.Text.Json.Serialization;
using Mediator;

namespace CapRural.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module tells the others, delivered through the outbox.
/// Past tense, ids and plain data only — never an entity. Each concrete event carries an
/// <see cref="EventNameAttribute"/>: the name it is stored and delivered under, for good.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    /// <summary>Sorts by creation, as every stored id does (<c>SortableId</c>): it keys the outbox row and the consumers' inboxes.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>
    /// Whom or what the event is about: the application id for anything about a person (the same id in
    /// every module for one person in one call), else the call, meeting or sheet. Events of one subject
    /// are delivered in the order they were raised, and erasing a person removes their subject's messages.
    /// </summary>
    [JsonIgnore]
    public abstract Guid SubjectId { get; }
}
