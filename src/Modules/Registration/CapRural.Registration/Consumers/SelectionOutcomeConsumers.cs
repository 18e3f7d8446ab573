using CapRural.BuildingBlocks.Outbox;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using CapRural.Selection.Contracts;

namespace CapRural.Registration.Consumers;

/// <summary>The published selection offered the applicant a place.</summary>
internal sealed class CandidateAcceptedConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CandidateAccepted, RegistrationDbContext>(db, clock)
{
    protected override Task ReactAsync(CandidateAccepted notification, CancellationToken cancellationToken) =>
        Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.Accepted, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
}

/// <summary>The published selection put the applicant on the waiting list: the retention delay starts.</summary>
internal sealed class CandidateWaitlistedConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CandidateWaitlisted, RegistrationDbContext>(db, clock)
{
    protected override Task ReactAsync(CandidateWaitlisted notification, CancellationToken cancellationToken) =>
        Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.Waitlisted, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
}

/// <summary>The published selection did not retain the applicant: the retention delay starts.</summary>
internal sealed class CandidateDeclinedConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<CandidateDeclined, RegistrationDbContext>(db, clock)
{
    protected override Task ReactAsync(CandidateDeclined notification, CancellationToken cancellationToken) =>
        Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.Declined, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
}

/// <summary>The applicant confirmed their place: their data is kept while they are a member.</summary>
internal sealed class ParticipantConfirmedConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantConfirmed, RegistrationDbContext>(db, clock)
{
    protected override Task ReactAsync(ParticipantConfirmed notification, CancellationToken cancellationToken) =>
        Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.Confirmed, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
}

/// <summary>The applicant gave up their place: the retention delay starts.</summary>
internal sealed class ParticipantDeclinedConsumer(RegistrationDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ParticipantDeclined, RegistrationDbContext>(db, clock)
{
    protected override Task ReactAsync(ParticipantDeclined notification, CancellationToken cancellationToken) =>
        Db.RecordOutcomeAsync(notification.ApplicationId, SelectionOutcome.GaveUpPlace, notification.OccurredAt, Clock.GetUtcNow(), cancellationToken);
}
