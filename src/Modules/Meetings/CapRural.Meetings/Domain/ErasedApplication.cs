namespace CapRural.Meetings.Domain;

/// <summary>
/// An application whose data was erased, by id only. Erasure comes from Registration and confirmations
/// from Selection, two outboxes with no order between them: a confirmation arriving after the erasure
/// must not bring the person back onto the roster.
/// </summary>
internal sealed class ErasedApplication
{
    private ErasedApplication()
    {
    }

    public Guid ApplicationId { get; private set; }

    public DateTimeOffset ErasedAt { get; private set; }

    public static ErasedApplication Of(Guid applicationId, DateTimeOffset now) => new() { ApplicationId = applicationId, ErasedAt = now };
}
