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
        var due = await context.Outbox
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(exception.GetType().Name + ": " + exception.Message, clock.GetUtcNow());
                logger.LogWarning(
                    "Outbox message {MessageId} of {Module} ({Type}) failed, attempt {Attempts}{Parked}: {Error}",
                    message.Id, database.Module, message.Type, message.Attempts, message.ParkedAt is null ? "" : ", parked", exception.Message);
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
        switch (message.Kind)
        {
            case OutboxKind.Email:
                var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, Json.Options)
                    ?? throw new InvalidOperationException("Empty e-mail payload");
                await emailSender.SendAsync(message.Id, email, cancellationToken);
                break;
            case OutboxKind.Event:
                var type = System.Type.GetType(message.Type, throwOnError: true)!;
                var notification = JsonSerializer.Deserialize(message.Payload, type, Json.Options)
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
}
