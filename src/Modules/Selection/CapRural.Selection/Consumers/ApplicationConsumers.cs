using CapRural.BuildingBlocks.Outbox;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Features;
using CapRural.Selection.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Consumers;

/// <summary>Every submitted application becomes a candidate to review.</summary>
internal sealed class ApplicationSubmittedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicationSubmitted, SelectionDbContext>(db, clock)
{
    // Asked once per submitted application, a rush's most frequent event: compiled once.
    private static readonly Func<SelectionDbContext, Guid, CancellationToken, Task<bool>> IsKnown =
        EF.CompileAsyncQuery((SelectionDbContext db, Guid applicationId, CancellationToken _) => db.Candidates.Any(c => c.ApplicationId == applicationId));

    protected override async Task ReactAsync(ApplicationSubmitted notification, CancellationToken cancellationToken)
    {
        if (!await IsKnown(Db, notification.ApplicationId, cancellationToken))
        {
            Db.Candidates.Add(Candidate.FromApplication(notification.ApplicationId, notification.CallId, notification.Profile, notification.Siren, notification.SubmittedAt));
        }
    }
}

internal sealed class ApplicationUpdatedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicationUpdated, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicationUpdated notification, CancellationToken cancellationToken)
    {
        var candidate = await Db.Candidates.FirstOrDefaultAsync(c => c.ApplicationId == notification.ApplicationId, cancellationToken);
        candidate?.Refresh(notification.Profile, notification.Siren);
    }
}

/// <summary>
/// A withdrawn application leaves the board and every proposal; someone who held a place (accepted, perhaps
/// confirmed) frees it, and the other modules are told once, as for a decline.
/// </summary>
internal sealed class ApplicationWithdrawnConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicationWithdrawn, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicationWithdrawn notification, CancellationToken cancellationToken)
    {
        // Registration's rows about one application arrive in order, so an unknown candidate means the
        // submission is still on its way (failing, retried): failing too keeps the withdrawal for later.
        var candidate = await Db.Candidates.FirstOrDefaultAsync(c => c.ApplicationId == notification.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Candidate for application {notification.ApplicationId} is not known yet.");
        if (!candidate.IsActive)
        {
            return;
        }

        await Db.GiveUpPlaceAsync(candidate, Clock.GetUtcNow(), cancellationToken);
        candidate.Withdraw();
    }
}

/// <summary>GDPR erasure: the person's data and the comments about them go; anonymous counts stay.</summary>
internal sealed class ApplicantDataErasedConsumer(SelectionDbContext db, TimeProvider clock)
    : IdempotentEventHandler<ApplicantDataErased, SelectionDbContext>(db, clock)
{
    protected override async Task ReactAsync(ApplicantDataErased notification, CancellationToken cancellationToken)
    {
        // Pending e-mails to the person and events carrying their data go first, whatever else they held.
        await Db.ForgetMessagesAboutAsync(notification.ApplicationId, cancellationToken);
        var candidate = await Db.Candidates.FirstOrDefaultAsync(c => c.ApplicationId == notification.ApplicationId, cancellationToken);
        if (candidate is null)
        {
            return;
        }

        candidate.Erase();
        foreach (var review in await Db.Reviews.Where(r => r.CandidateId == candidate.Id).ToListAsync(cancellationToken))
        {
            review.Erase();
        }
    }
}
