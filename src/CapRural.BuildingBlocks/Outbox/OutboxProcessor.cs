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
    /// Deliveries at once: e-mails go side by side (the pickup folder and an SMTP relay both take
    /// several connections), beside the run of events being delivered.
    /// </summary>
    public const int ParallelDeliveries = 8;

    /// <summary>
    /// Events of one kind delivered in one commit per consuming module: enough to share the commit's
    /// cost, few enough that the e-mails behind a run do not wait long for it.
    /// </summary>
    public const int EventsPerCommit = 20;

    /// <summary>Delivered messages are kept this long for inquiry, then deleted: they hold personal data.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _purgedAt = new();

    // One pass at a time in this process; other processes on the same database are kept apart by claims.
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>When each module's outbox was last looked at, and whether that look found messages; only a pass touches it.</summary>
    private readonly Dictionary<Type, Look> _lastLook = [];

    /// <summary>Names this process in its claims, so its own claims are told from another host's.</summary>
    private readonly string _instance = $"{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One pass over every module's outbox; returns how many messages were attempted.</summary>
    public Task<int> ProcessDueAsync(CancellationToken cancellationToken) => ProcessAsync(_ => true, cancellationToken);

    /// <summary>
    /// The dispatcher's pass: over the modules with news only — a message committed to their outbox
    /// since (<paramref name="signal"/>), a last pass that found messages, or no look for
    /// <paramref name="pollInterval"/> (retries coming due, another host's expired claims). In a rush,
    /// a pass over each idle module (a scope and a query) took about 4 % of the busy one's passes.
    /// </summary>
    public Task<int> ProcessNoticedAsync(OutboxSignal signal, TimeSpan pollInterval, CancellationToken cancellationToken) =>
        ProcessAsync(
            context =>
            {
                var type = context.GetType();
                var noticed = signal.TakeNotice(type);
                return noticed
                    || !_lastLook.TryGetValue(type, out var last)
                    || last.Found
                    || clock.GetUtcNow() - last.At >= pollInterval;
            },
            cancellationToken);

    private async Task<int> ProcessAsync(Func<ModuleDbContext, bool> worthLooking, CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        using var delivery = WriteGate.DeliveryFlow();
        try
        {
            var attempted = 0;
            foreach (var database in databases)
            {
                attempted += await ProcessModuleAsync(database, worthLooking, cancellationToken);
            }

            return attempted;
        }
        finally
        {
            _pass.Release();
        }
    }

    public void Dispose() => _pass.Dispose();

    private async Task<int> ProcessModuleAsync(ModuleDatabase database, Func<ModuleDbContext, bool> worthLooking, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = database.Open(scope.ServiceProvider);
        if (!worthLooking(context))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var claim = $"{_instance}:{Guid.NewGuid():N}";
        var (batch, claimedCount) = await OutboxClaims.ClaimAsync(context, claim, now, options.Value.ClaimLease, BatchSize, cancellationToken);
        var claimed = claimedCount > 0;
        _lastLook[context.GetType()] = new Look(now, claimed);
        backlog.Claimed(context.GetType(), batch.Count, BatchSize);
        using var pass = new DeliveryPass(ParallelDeliveries);
        var renewal = claimed ? RenewWhileDelivering(database, claim) : null;
        try
        {
            // SQLite's write gates let one run hold module transactions at a time; PostgreSQL takes runs side by side.
            await StartInOrderAsync(batch, pass, oneRunAtATime: context.IsOnSqlite(), cancellationToken);
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
            // An idle pass (nothing due, or all of it in another host's hands) writes nothing at all,
            // nor a pass whose every claimed row was marked delivered or failed (the marks let the claim go).
            if (claimed && pass.Delivered.Count + pass.Failures.Count() < claimedCount)
            {
                await OutboxClaims.ReleaseAsync(context, claim, CancellationToken.None);
            }
        }

        await PurgeDeliveredAsync(database, context, now, cancellationToken);
        return batch.Count;
    }

    /// <summary>
    /// Starts the batch's deliveries. Consecutive events of one kind (a rush of submissions) form runs of
    /// up to <see cref="EventsPerCommit"/>, each delivered in one transaction per consuming module
    /// (<see cref="DeliveryUnit"/>); the e-mails among them start once the run before them has, so an
    /// acknowledgement still follows its submission. An event of another kind waits for every delivery
    /// before it: a call's opening reaches consumers before the applications to it.
    /// </summary>
    private async Task StartInOrderAsync(List<OutboxMessage> batch, DeliveryPass pass, bool oneRunAtATime, CancellationToken cancellationToken)
    {
        var run = new List<OutboxMessage>();
        var emails = new List<OutboxMessage>();
        void StartCollected()
        {
            if (run.Count > 0)
            {
                var events = run.ToList();
                pass.Start(events, afterPreviousRun: oneRunAtATime, () => AttemptRunAsync(events, pass, cancellationToken));
                run.Clear();
            }

            foreach (var email in emails)
            {
                pass.Start([email], afterPreviousRun: false, () => AttemptEmailAsync(email, pass, cancellationToken));
            }

            emails.Clear();
        }

        foreach (var message in batch)
        {
            if (message.Kind != OutboxKind.Event)
            {
                emails.Add(message);
                continue;
            }

            if (run.Count > 0 && message.Name != run[0].Name)
            {
                StartCollected();
                await pass.DrainAsync();
            }
            else if (run.Count == EventsPerCommit || (message.SubjectId is { } subject && emails.Any(e => e.SubjectId == subject)))
            {
                // Full, or an e-mail collected so far must go before this event of its subject.
                StartCollected();
            }

            run.Add(message);
        }

        StartCollected();
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

    private async Task AttemptEmailAsync(OutboxMessage message, DeliveryPass pass, CancellationToken cancellationToken)
    {
        if (pass.IsHeld(message))
        {
            return;
        }

        try
        {
            using var delivery = StartDelivery(message);
            var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, Json.Options)
                ?? throw new InvalidOperationException("Empty e-mail payload");
            await emailSender.SendAsync(message.Id, email, cancellationToken);
            Delivered(message, pass);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            pass.Failed(message, exception);
        }
    }

    /// <summary>
    /// Publishes a run of events one after another in one scope, so each consuming module's context, and
    /// its transaction, serves the whole run; a failed event is rolled back alone (EF's savepoint) and
    /// holds its subject back. Nothing of the run counts as delivered until the commit has succeeded.
    /// </summary>
    private async Task AttemptRunAsync(List<OutboxMessage> run, DeliveryPass pass, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        var published = new List<OutboxMessage>(run.Count);
        await using (var unit = DeliveryUnit.Begin(scope.ServiceProvider))
        {
            foreach (var message in run)
            {
                if (pass.IsHeld(message))
                {
                    continue;
                }

                try
                {
                    using var delivery = StartDelivery(message);
                    var notification = JsonSerializer.Deserialize(message.Payload, names.TypeOf(message.Name), Json.Options)
                        ?? throw new InvalidOperationException("Empty event payload");
                    await publisher.Publish(notification, cancellationToken);
                    published.Add(message);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    pass.Failed(message, exception);
                }
            }

            try
            {
                await unit.CommitAsync();
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                published.ForEach(message => pass.Failed(message, exception));
                return;
            }
        }

        published.ForEach(message => Delivered(message, pass));
    }

    private void Delivered(OutboxMessage message, DeliveryPass pass)
    {
        pass.Succeeded(message);
        logger.LogDebug("Delivered outbox message {MessageId} ({MessageName}, caused by trace {CausingTraceId})", message.Id, message.Name, message.TraceId);
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

    /// <summary>Delivery joins the trace of the request that caused the message, so consumers' logs carry it.</summary>
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

    private readonly record struct Look(DateTimeOffset At, bool Found);
}
