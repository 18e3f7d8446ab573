namespace CapRural.BuildingBlocks.Outbox;

/// <summary>Section <c>Outbox</c>: how long a host's claim on the messages it is delivering holds.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Longer than a batch takes to deliver: a host killed mid-batch leaves claims that another host
    /// takes over after this delay (ADR 0011), so a shorter lease means a shorter wait after a crash.
    /// </summary>
    public int ClaimLeaseSeconds { get; set; } = 120;

    public TimeSpan ClaimLease => TimeSpan.FromSeconds(ClaimLeaseSeconds);
}
