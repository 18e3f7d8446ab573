using System.Text.Json;
using System.Text.RegularExpressions;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Security;
using CapRural.BuildingBlocks.Serialization;
using CapRural.Selection.Domain;
using CapRural.Selection.Features;
using CapRural.Selection.Features.OfferPlace;
using CapRural.Selection.Features.ProposeGroup;
using CapRural.Selection.Features.PublishSelection;
using CapRural.Selection.Features.RespondToOffer;
using CapRural.Selection.Features.SubmitReview;
using CapRural.Selection.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Selection.Demo;

/// <summary>
/// March 2022: two reviewers score every application, the coordinator applies a balanced proposal of
/// twenty, publishes it, the people confirm — and one declines, replaced from the waiting list.
/// </summary>
internal sealed partial class SelectionDemoSeeder : IDemoSeeder
{
    // Reviews need an author: two fixed reviewer ids stand for the committee in the demo.
    private static readonly Guid FirstReviewer = new("5e1ec700-0000-4000-8000-000000000001");
    private static readonly Guid SecondReviewer = new("5e1ec700-0000-4000-8000-000000000002");

    public async Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        // The applications reach this module through Registration's outbox: deliver it first.
        var processor = services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessDueAsync(cancellationToken) > 0)
        {
        }

        var mediator = services.GetRequiredService<IMediator>();
        var clock = services.GetRequiredService<DemoClock>();
        var db = services.GetRequiredService<SelectionDbContext>();
        var call = await db.Calls.AsNoTracking().OrderBy(c => c.Title).FirstOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return;
        }

        clock.Set(new DateTimeOffset(2022, 3, 7, 10, 0, 0, TimeSpan.FromHours(1)));
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active)
            .OrderBy(c => c.SubmittedAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var random = new Random(2022);
        foreach (var reviewer in new[] { FirstReviewer, SecondReviewer })
        {
            // The demo's committee has no real keys: its assignments are written as they are, without the key check.
            db.ReviewerAssignments.Add(new ReviewerAssignment { CallId = call.Id, ApiKeyId = reviewer, AssignedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            var caller = new Caller(reviewer, Roles.Reviewer, null, null);
            foreach (var candidateId in candidates)
            {
                var level = random.Next(1, 6);
                var scores = call.CriterionKeys.ToDictionary(c => c, _ => (int?)Math.Clamp(level + random.Next(-1, 2), 0, 5));
                await mediator.Send(
                    new SubmitReview(scores, level >= 4 ? "Profil très en phase avec le thème du groupe." : null)
                    {
                        CallId = call.Id,
                        CandidateId = candidateId,
                        Caller = caller,
                    },
                    cancellationToken);
            }
        }

        output.WriteLine($"{candidates.Count * 2} évaluations par deux évaluateurs.");

        clock.Set(new DateTimeOffset(2022, 3, 14, 10, 0, 0, TimeSpan.FromHours(1)));
        var proposal = await mediator.Send(new ProposeGroup(20, 0.4, 4, 1, null, Apply: true) { CallId = call.Id }, cancellationToken);
        if (!proposal.Feasible)
        {
            output.WriteLine($"Pas de proposition possible : {string.Join(" ; ", proposal.Problems)}.");
            return;
        }

        var published = await mediator.Send(new PublishSelection(call.Id), cancellationToken);
        output.WriteLine($"Sélection publiée : {published.Accepted} retenu·e·s (score total {proposal.TotalScore}), " +
            $"{published.Waitlisted} en liste d'attente, {published.Declined} non retenu·e·s.");

        clock.Set(new DateTimeOffset(2022, 3, 18, 10, 0, 0, TimeSpan.FromHours(1)));
        var tokens = await ConfirmationTokensAsync(db, cancellationToken);
        var declining = proposal.Accepted[^1].CandidateId;
        foreach (var line in proposal.Accepted)
        {
            var answer = line.CandidateId == declining ? OfferAnswer.Decline : OfferAnswer.Confirm;
            await mediator.Send(new RespondToOffer(answer) { Token = tokens[line.CandidateId] }, cancellationToken);
        }

        db.ChangeTracker.Clear();
        var replacement = (await db.Candidates.AsNoTracking().FirstAsync(c => c.Id == declining, cancellationToken)).SuggestedReplacementId;
        if (replacement is not null)
        {
            // The coordinator offers the freed place to the suggested replacement in one call.
            var offered = await mediator.Send(new OfferPlace(null) { CallId = call.Id }, cancellationToken);
            var newTokens = await ConfirmationTokensAsync(db, cancellationToken);
            await mediator.Send(new RespondToOffer(OfferAnswer.Confirm) { Token = newTokens[offered.CandidateId] }, cancellationToken);
            output.WriteLine("Un désistement, remplacé depuis la liste d'attente ; toutes les places sont confirmées.");
        }
    }

    /// <summary>The demo plays the people too: it reads their private links from the queued e-mails.</summary>
    private static async Task<Dictionary<Guid, string>> ConfirmationTokensAsync(SelectionDbContext db, CancellationToken cancellationToken)
    {
        var emails = await db.Outbox.AsNoTracking().Where(m => m.Kind == OutboxKind.Email).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        var byAddress = (await db.Candidates.AsNoTracking().Where(c => c.Email != null).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Email!, c => c.Id, StringComparer.OrdinalIgnoreCase);
        var tokens = new Dictionary<Guid, string>();
        foreach (var message in emails)
        {
            var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, Json.Options)!;
            if (ConfirmationLink().Match(email.TextBody) is { Success: true } link && byAddress.TryGetValue(email.To, out var candidateId))
            {
                tokens[candidateId] = Uri.UnescapeDataString(link.Groups["token"].Value);
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"selection/confirmation\?token=(?<token>\S+)")]
    private static partial Regex ConfirmationLink();
}
