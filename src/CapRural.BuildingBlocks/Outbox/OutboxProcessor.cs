using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapRural.BuildingBlocks.Outbox;

/// <summary>
/// Delivers what the modules wrote to their outboxes: events through the mediator, e-mails through
/// the configured sender. A message is marked processed only after delivery succeeded, so a crash
/// in between redelivers it; consumers' inboxes make that redelivery harmless. Messages are taken
/// with a claim (<see cref="OutboxClaims"/>), so several hosts can share one database.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    IEmailSender emailSender,
    EventNames names,
    OutboxBacklog backlog,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> logger) : IDisposable
{
    public const int BatchSize = 100;

    /// <summary>
    /// Deliveries at once: the pickup folder and an SMTP relay both take several connections, and on
    /// PostgreSQL the consumers' commits of different subjects overlap instead of waiting in line.
    /// </summary>
    public const int ParallelDeliveries = 8;

    /// <summary>Delivered messages are kept this long for inquiry, then deleted: they hold personal data.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _purgedAt = new();

    // One pass at a time in this process; other processes on the same database are kept apart by claims.
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Names this process in its claims, so its own claims are told from another host's.</summary>
    private readonly string _instance = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One pass over every module's outbox; returns how many messages were attempted.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        using var delivery = WriteGate.DeliveryFlow();
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
        var claim = $"{_instance}:{Guid.NewGuid():N}";
        var (batch, claimed) = await OutboxClaims.ClaimAsync(context, claim, now, options.Value.ClaimLease, BatchSize, cancellationToken);
        backlog.Claimed(context.GetType(), batch.Count, BatchSize);
        using var pass = new DeliveryPass(ParallelDeliveries);
        string? previousEvent = null;
        var renewal = claimed ? RenewWhileDelivering(database, claim) : null;
        try
        {
            foreach (var message in batch)
            {
                // Different subjects' messages go side by side; a subject's next message waits for its
                // previous one, and a failure holds the rest of its subject back. Events of one kind (a
                // rush of submissions) run side by side too, but an event of another kind waits for
                // everything before it: a call's opening reaches consumers before the applications to it.
                if (message.Kind == OutboxKind.Event)
                {
                    if (message.Name != previousEvent)
                    {
                        await pass.DrainAsync();
                    }

                    previousEvent = message.Name;
                }

                pass.Start(message, () => AttemptAsync(message, pass, cancellationToken));
            }
        }
        finally
        {
            await pass.DrainAsync();
            if (renewal is not null)
            {
                await renewal.DisposeAsync();
            }

            foreach (var (failed, error) in pass.Failures)
            {
                failed.MarkFailed(error.GetType().Name + ": " + error.Message, clock.GetUtcNow());
                await OutboxClaims.MarkFailedAsync(context, failed, CancellationToken.None);
                logger.LogWarning(
                    "Outbox message {MessageId} of {Module} ({MessageName}, caused by trace {CausingTraceId}) failed, attempt {Attempts}{Parked}: {Error}",
                    failed.Id, database.Module, failed.Name, failed.TraceId, failed.Attempts, failed.ParkedAt is null ? "" : ", parked", error.Message);
            }

            // One commit marks the whole batch: a crash before it redelivers the batch once its claim
            // expires (consumers' inboxes and e-mail ids make that harmless). Rows deleted meanwhile by
            // an erasure simply match nothing.
            await OutboxClaims.MarkDeliveredAsync(context, pass.Delivered, clock.GetUtcNow(), CancellationToken.None);
            backlog.Delivered(context.GetType());
            // An idle pass (nothing due, or all of it in another host's hands) writes nothing at all.
            if (claimed)
            {
                await OutboxClaims.ReleaseAsync(context, claim, CancellationToken.None);
            }
        }

        await PurgeDeliveredAsync(database, context, now, cancellationToken);
        return batch.Count;
    }

    private ClaimRenewal RenewWhileDelivering(ModuleDatabase database, string claim) => new(
        options.Value.ClaimLease,
        clock,
        async cancellationToken =>
        {
            // A context of its own: the pass's context is the dispatcher's, used again once the batch is done.
            await using var scope = scopes.CreateAsyncScope();
            var context = database.Open(scope.ServiceProvider);
            await OutboxClaims.RenewAsync(context, claim, clock.GetUtcNow() + options.Value.ClaimLease, cancellationToken);
        },
        exception => logger.LogWarning(exception, "The claim on a batch of {Module}'s outbox could not be renewed", database.Module));

    private async Task AttemptAsync(OutboxMessage message, DeliveryPass pass, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(message, cancellationToken);
            pass.Succeeded(message);
            logger.LogDebug("Delivered outbox message {MessageId} ({MessageName}, caused by trace {CausingTraceId})", message.Id, message.Name, message.TraceId);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            pass.Failed(message, exception);
        }
    }

    /// <summary>Deletes what was delivered longer ago than <see cref="Retention"/>, at most once a minute per module.</summary>
    private async Task PurgeDeliveredAsync(ModuleDatabase database, ModuleDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_purgedAt.TryGetValue(database.Module, out var last) && now - last < PurgeInterval)
        {
            return;
        }

        var cutoff = now - Retention;
        await context.WriteAsync(() => context.Outbox.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        _purgedAt[database.Module] = now;
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
