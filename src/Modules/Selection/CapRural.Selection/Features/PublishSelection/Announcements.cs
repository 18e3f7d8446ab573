using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Contracts;
using CapRural.Selection.Domain;
using CapRural.Selection.Emails;
using CapRural.Selection.Infrastructure;

namespace CapRural.Selection.Features.PublishSelection;

/// <summary>
/// Tells one person their current decision: the e-mail, the event and the "told" mark are staged on
/// the same context, so they commit together with the caller's SaveChanges — or not at all.
/// Publication uses it for everyone whose decision changed, an offer for the one person it fills a place with.
/// </summary>
internal static class Announcements
{
    public static void Announce(SelectionDbContext db, SelectionCall call, Candidate candidate, Announcer announcer, int waitlistPosition)
    {
        switch (candidate.Decision!.Value)
        {
            case Decision.Accepted:
                var token = SecretToken.New();
                candidate.MarkPublished(SecretToken.Hash(token), announcer.Now, announcer.Now.AddDays(call.ConfirmationDays));
                db.QueueEmail(candidate.ApplicationId, SelectionEmails.Accepted(candidate, call, announcer.Platform.PrivateLink("selection/confirmation", token)));
                db.Publish(new CandidateAccepted(candidate.Id, candidate.ApplicationId, call.Id));
                break;
            case Decision.Waitlisted:
                candidate.MarkPublished(null, announcer.Now, null);
                db.QueueEmail(candidate.ApplicationId, SelectionEmails.Waitlisted(candidate, call, waitlistPosition, announcer.ErasedOn));
                db.Publish(new CandidateWaitlisted(candidate.Id, candidate.ApplicationId, call.Id, waitlistPosition));
                break;
            default:
                candidate.MarkPublished(null, announcer.Now, null);
                db.QueueEmail(candidate.ApplicationId, SelectionEmails.Declined(candidate, call, announcer.ErasedOn));
                db.Publish(new CandidateDeclined(candidate.Id, candidate.ApplicationId, call.Id));
                break;
        }
    }
}

/// <summary>What an announcement needs besides the person: links, the moment, and when unselected people's data goes.</summary>
internal sealed record Announcer(PlatformOptions Platform, RetentionOptions Retention, DateTimeOffset Now)
{
    /// <summary>The day Registration's retention erases the data of someone this publication does not select.</summary>
    public DateOnly ErasedOn => DateOnly.FromDateTime(Now.AddDays(Retention.NotSelectedDays).UtcDateTime);
}
