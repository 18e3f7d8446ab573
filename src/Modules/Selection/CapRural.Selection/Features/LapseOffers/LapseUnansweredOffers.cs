using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Selection.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Emails;
using CapRural.Selection.Features.PublishSelection;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Selection.Features.LapseOffers;

/// <summary>
/// Run periodically: every offer left unanswered past its deadline lapses, and the best waitlisted person
/// who keeps the balance of the last applied proposal is offered the place. Answers how many offers lapsed.
/// </summary>
public sealed record LapseUnansweredOffers : ICommand<int>;

internal sealed class LapseUnansweredOffersHandler(SelectionDbContext db, IOptions<PlatformOptions> platform, IOptions<RetentionOptions> retention, TimeProvider clock)
    : ICommandHandler<LapseUnansweredOffers, int>
{
    public async ValueTask<int> Handle(LapseUnansweredOffers command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Candidates.AsNoTracking()
            .Where(c => c.Status == CandidateStatus.Active && c.PublishedDecision == Decision.Accepted && c.Response == null && c.ResponseDueAt <= now)
            .OrderBy(c => c.ResponseDueAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var lapsed = 0;
        foreach (var candidateId in due)
        {
            // One commit per lapse, so the next one sees the group this one left.
            db.ChangeTracker.Clear();
            if (await LapseAsync(candidateId, now, cancellationToken))
            {
                lapsed++;
            }
        }

        return lapsed;
    }

    private async Task<bool> LapseAsync(Guid candidateId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.FirstAsync(c => c.Id == candidateId, cancellationToken);
        if (!candidate.OfferLapsedAt(now))
        {
            return false;
        }

        var call = await db.FindCallAsync(candidate.CallId, cancellationToken);
        var group = await db.LoadGroupAsync(call, candidate.Id, cancellationToken);
        var replacement = group.BestReplacement;
        candidate.Lapse(replacement?.Id, now);
        db.Publish(new ParticipantDeclined(candidate.Id, candidate.ApplicationId, call.Id, replacement?.Id));
        db.QueueEmail(candidate.ApplicationId, SelectionEmails.Lapsed(candidate, call));
        if (replacement is not null && group.Accepted.Count < call.Places)
        {
            var next = await db.FindCandidateAsync(call.Id, replacement.Id, cancellationToken);
            next.Decide(Decision.Accepted, now, manually: false);
            Announcements.Announce(db, call, next, new Announcer(platform.Value, retention.Value, now), waitlistPosition: 0);
        }

        call.RecordOffer();
        // A coordinator's offer or an answer racing this one: nothing is written, the next run looks again.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        return true;
    }
}
