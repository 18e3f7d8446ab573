namespace CapRural.Selection.Domain;

/// <summary>A reviewer key the coordinator assigned to a call; reviewer keys see only their calls.</summary>
internal sealed class ReviewerAssignment
{
    public Guid CallId { get; init; }

    public Guid ApiKeyId { get; init; }

    public DateTimeOffset AssignedAt { get; init; }
}
