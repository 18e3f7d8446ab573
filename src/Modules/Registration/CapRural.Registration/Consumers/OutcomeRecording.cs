using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Consumers;

internal static class OutcomeRecording
{
    /// <summary>
    /// Notes an outcome on the application. An id Registration does not know (never stored here) has
    /// nothing to update: the event is done with rather than retried for ever.
    /// </summary>
    public static async Task RecordOutcomeAsync(
        this RegistrationDbContext db, Guid applicationId, SelectionOutcome outcome, DateTimeOffset occurredAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        application?.RecordOutcome(outcome, occurredAt, now);
    }
}
