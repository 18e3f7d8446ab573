namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// A message a module must send (an integration event or an e-mail), written in the same
/// transaction as the state change that caused it, then delivered by the dispatcher.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>About two hours of retries (2 s doubling to 10 min) before a message waits for a person.</summary>
    public const int MaxAttempts = 20;

    public Guid Id { get; init; }

    public OutboxKind Kind { get; init; }

    /// <summary>Assembly-qualified name of the event type, or the e-mail type.</summary>
    public required string Type { get; init; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when the message failed <see cref="MaxAttempts"/> times: kept, visible, retried only by hand.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LastError = null;
    }

    /// <summary>Exponential back-off (2 s, 4 s, 8 s … capped at 10 min), then parked.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            ParkedAt = now;
            return;
        }

        var delay = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Attempts)));
        NextAttemptAt = now + delay;
    }

    public void Unpark(DateTimeOffset now)
    {
        ParkedAt = null;
        Attempts = 0;
        NextAttemptAt = now;
    }
}

public enum OutboxKind
{
    Event,
    Email,
}
