using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Emails;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.RequestLostLink;

/// <summary>
/// Handles a recorded "lost link" request after the answer: a fresh link per current application of the
/// address, working alongside the earlier ones, in one e-mail; the request (and its address) is deleted.
/// </summary>
internal sealed class SendLostLinks(RegistrationDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : IdempotentEventHandler<LostLinkRequested, RegistrationDbContext>(db, clock)
{
    protected override async Task ReactAsync(LostLinkRequested notification, CancellationToken cancellationToken)
    {
        var request = await Db.LostLinkRequests.FirstOrDefaultAsync(r => r.Id == notification.RequestId, cancellationToken);
        if (request is null)
        {
            // Already handled, or forgotten after a day.
            return;
        }

        Db.LostLinkRequests.Remove(request);
        var emailKey = Application.EmailKeyOf(request.Email);
        var applications = await Db.Applications
            .Where(a => a.EmailKey == emailKey && a.Status == ApplicationStatus.Submitted)
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);
        if (applications.Count == 0)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var callIds = applications.Select(a => a.CallId).ToList();
        var calls = await Db.Calls.Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var issued = await Db.AccessTokens.Where(t => ids.Contains(t.ApplicationId)).ToListAsync(cancellationToken);
        var links = new List<(Call, string)>();
        foreach (var application in applications)
        {
            var token = SecretToken.New();
            Db.AccessTokens.Add(AccessToken.Issue(application.Id, SecretToken.Hash(token), now));
            Db.AccessTokens.RemoveRange(issued.Where(t => t.ApplicationId == application.Id)
                .OrderByDescending(t => t.IssuedAt).Skip(AccessToken.ActivePerApplication - 1));
            links.Add((calls[application.CallId], platform.Value.EditLink(application.Id, token)));
        }

        // Sent to the address as the applicant typed it, not as the request spelt it.
        Db.QueueEmail(applications[0].Id, RegistrationEmails.NewLinks(applications[0].Email!, links));
    }
}
