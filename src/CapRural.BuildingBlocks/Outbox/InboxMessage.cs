namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Records that a consumer handled an event, in the same transaction as its reaction,
/// so a redelivered event has no second effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset HandledAt { get; init; }
}
