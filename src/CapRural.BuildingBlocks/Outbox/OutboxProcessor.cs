using System.Diagnostics;
using System.Text.Json;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Delivers what the modules wrote to their outboxes: events through the mediator, e-mails through
/// the configured sender. A message is marked processed only after delivery succeeded, so a crash
/// in between redelivers it; consumers' inboxes make that redelivery harmless.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    IEmailSender emailSender,
    EventNames names,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : IDisposable
{
    public const int BatchSize = 100;

    /// <summary>Delivered messages are kept this long for inquiry, then deleted: they hold personal data.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    // One pass at a time in this process: two passes would both pick a message not yet marked.
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>One pass over every module's outbox; returns how many messages were attempted.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var attempted = 0;
            foreach (var database in databases)
            {
                attempted += await ProcessModuleAsync(database, cancellationToken);
            }

            return attempted;
        }
        finally
        {
            _pass.Release();
        }
    }

    public void Dispose() => _pass.Dispose();

    private async Task<int> ProcessModuleAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = database.Open(scope.ServiceProvider);
        var now = clock.GetUtcNow();
        var due = await DueInSubjectOrder(context.Outbox, now).Take(BatchSize).ToListAsync(cancellationToken);

        // A subject whose message failed in this pass keeps its later messages for a later pass.
        var held = new HashSet<Guid>();
        foreach (var message in due)
        {
            if (message.SubjectId is { } subject && held.Contains(subject))
            {
                continue;
            }

            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (message.SubjectId is { } failedSubject)
                {
                    held.Add(failedSubject);
                }

                message.MarkFailed(exception.GetType().Name + ": " + exception.Message, clock.GetUtcNow());
                logger.LogWarning(
                    "Outbox message {MessageId} of {Module} ({MessageName}, caused by trace {CausingTraceId}) failed, attempt {Attempts}{Parked}: {Error}",
                    message.Id, database.Module, message.Name, message.TraceId, message.Attempts, message.ParkedAt is null ? "" : ", parked", exception.Message);
            }

            // Marked one by one: a crash mid-batch redelivers at most the message in flight.
            try
            {
                await context.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The message was deleted meanwhile (an erasure took it): nothing left to mark.
                context.ChangeTracker.Clear();
            }
        }

        await PurgeDeliveredAsync(context, now, cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Due messages, oldest first, leaving out any whose subject has an older message still undelivered
    /// and not due (failing and waiting for its retry, or parked): a later message never overtakes it.
    /// Older messages that are due come first in the same batch, so order holds within a pass too.
    /// </summary>
    internal static IQueryable<OutboxMessage> DueInSubjectOrder(IQueryable<OutboxMessage> outbox, DateTimeOffset now) =>
        outbox
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now)
            .Where(m => m.SubjectId == null || !outbox.Any(earlier =>
                earlier.SubjectId == m.SubjectId && earlier.ProcessedAt == null
                && (earlier.CreatedAt < m.CreatedAt || (earlier.CreatedAt == m.CreatedAt && earlier.Sequence < m.Sequence))
                && (earlier.ParkedAt != null || earlier.NextAttemptAt > now)))
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.Sequence);

    private static async Task PurgeDeliveredAsync(ModuleDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - Retention;
        var expired = await context.Outbox.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).OrderBy(m => m.ProcessedAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (expired.Count > 0)
        {
            context.Outbox.RemoveRange(expired);
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // Delivery joins the trace of the request that caused the message, so consumers' logs carry it.
        using var delivery = StartDelivery(message);
        switch (message.Kind)
        {
            case OutboxKind.Email:
                var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, Json.Options)
                    ?? throw new InvalidOperationException("Empty e-mail payload");
                await emailSender.SendAsync(message.Id, email, cancellationToken);
                break;
            case OutboxKind.Event:
                var notification = JsonSerializer.Deserialize(message.Payload, names.TypeOf(message.Name), Json.Options)
                    ?? throw new InvalidOperationException("Empty event payload");
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification, cancellationToken);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown outbox kind {message.Kind}");
        }
    }

    private static Activity? StartDelivery(OutboxMessage message)
    {
        if (message.TraceId is not { Length: 32 } traceId || !traceId.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var activity = new Activity("outbox.deliver");
        activity.SetParentId(ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom());
        activity.SetTag("message.name", message.Name);
        return activity.Start();
    }
}
