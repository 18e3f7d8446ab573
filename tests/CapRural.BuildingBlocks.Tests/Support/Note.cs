namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>The state a test module changes: one row per note.</summary>
public sealed class Note
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Title { get; init; }
}
