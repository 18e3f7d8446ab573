namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// A message a module must send (an integration event or an e-mail), written in the same
/// transaction as the state change that caused it, then delivered by the dispatcher.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>About two hours of retries (2 s doubling to 10 min) before a message waits for a person.</summary>
    public const int MaxAttempts = 20;

    /// <summary>The stable name of queued e-mails.</summary>
    public const string EmailName = "email.v1";

    public Guid Id { get; init; }

    public OutboxKind Kind { get; init; }

    /// <summary>Stable message name: an event's <c>[EventName]</c>, or <see cref="EmailName"/>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Whom the message is about (an application id for a person): rows of one subject are delivered in
    /// order, and erasing the person removes them. Null for messages about no one in particular.
    /// </summary>
    public Guid? SubjectId { get; init; }

    /// <summary>W3C trace id of the request that caused the message, so its delivery logs join that trace.</summary>
    public string? TraceId { get; init; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Orders rows created at the same instant; see <c>OutboxSequence</c>.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The claim of the host delivering it now (see <c>OutboxClaims</c>); null when no one holds it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When that claim lapses, so another host takes the message over if its holder died.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Set when the message failed <see cref="MaxAttempts"/> times: kept, visible, retried only by hand.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

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
