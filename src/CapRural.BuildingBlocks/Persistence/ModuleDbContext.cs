using System.Diagnostics;
using System.Text.Json;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext: adds the module's outbox and inbox, writes raised events and
/// queued e-mails in the same SaveChanges as the state change, serialises writes to the file and
/// answers a write once it is on disk.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    // Contexts are pooled (EF Core takes only the options in a pooled context's constructor): what
    // they need from the container comes from the host's services through the options.
    private readonly ModuleDbServices _services = ModuleDbServices.From(options);

    private bool _outboxTouched;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected TimeProvider Clock => _services.Clock;

    /// <summary>Raises an integration event; it is stored with the next SaveChanges, or not at all.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        var now = Clock.GetUtcNow();
        var stamped = integrationEvent.OccurredAt == default ? integrationEvent with { OccurredAt = now } : integrationEvent;
        var type = stamped.GetType();
        AddToOutbox(stamped.EventId, OutboxKind.Event, EventNames.Of(type), stamped.SubjectId, JsonSerializer.Serialize(stamped, type, Json.Options));
    }

    /// <summary>
    /// Queues an e-mail about <paramref name="subjectId"/> (the application id of the person it is sent to,
    /// null when it concerns no one person); it is stored with the next SaveChanges, or not at all.
    /// </summary>
    public void QueueEmail(Guid? subjectId, EmailMessage email) =>
        AddToOutbox(SortableId.New(), OutboxKind.Email, OutboxMessage.EmailName, subjectId, JsonSerializer.Serialize(email, Json.Options));

    /// <summary>
    /// Erasure: removes every message of this module's outbox about the subject, delivered or not — the
    /// events carrying the person's data and the e-mails not yet sent to them. Messages queued in the
    /// same unit of work after this call (the erasure's own event) are kept.
    /// </summary>
    public async Task ForgetMessagesAboutAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var messages = await Outbox.Where(m => m.SubjectId == subjectId).ToListAsync(cancellationToken);
        Outbox.RemoveRange(messages);
    }

    private void AddToOutbox(Guid id, OutboxKind kind, string name, Guid? subjectId, string payload)
    {
        var now = Clock.GetUtcNow();
        Outbox.Add(new OutboxMessage
        {
            Id = id,
            Kind = kind,
            Name = name,
            SubjectId = subjectId,
            TraceId = Activity.Current?.TraceId.ToHexString(),
            Payload = payload,
            CreatedAt = now,
            Sequence = OutboxSequence.Next(),
            NextAttemptAt = now,
        });
        _outboxTouched = true;
    }

    /// <summary>
    /// Keeps the connection open until the answer is disposed, for a unit of work of several queries and
    /// a commit (a consumed event, a submitted form): otherwise each of them takes a connection from
    /// SQLite's pool and gives it back, under the pool's lock and with EF's SQL functions registered
    /// anew, which a profile of a rush showed among the costliest steps of a request.
    /// </summary>
    public async Task<OpenConnection> KeepConnectionOpenAsync(CancellationToken cancellationToken)
    {
        await Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnection(this);
    }

    public readonly struct OpenConnection(DbContext context) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(context.Database.CloseConnectionAsync());
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_outboxTouched && !WriteGate.InDeliveryFlow)
        {
            await _services.Backlog.PaceAsync(GetType(), cancellationToken);
        }

        if (DeliveryUnit.Current is { } unit && await unit.JoinAsync(this, cancellationToken))
        {
            // A consumer's reaction in a run of delivered events: written in the run's transaction, committed with it.
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            NotifyIfOutboxTouched();
            return saved;
        }

        // SQLite has one writer per file: queue writers here instead of failing with "database is locked",
        // and a request's added rows with those of the requests beside it, in one transaction.
        var written = WriteGate.InDeliveryFlow
            ? null
            : await GroupCommit.TrySaveAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
        if (written is null)
        {
            using (await WriteGate.EnterAsync(this, cancellationToken))
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
        }

        // Out of the gate, so the next writer commits while this one waits for the disk. Nothing
        // written, nothing committed: no fsync to wait for.
        if (written > 0)
        {
            await WalSync.AfterCommitAsync(this);
        }

        NotifyIfOutboxTouched();
        return written.Value;
    }

    /// <summary>
    /// Wakes the dispatcher for what this save queued. Within a run of delivered events that is before
    /// the run commits, which is harmless: the dispatcher's next pass starts only after this one.
    /// </summary>
    private void NotifyIfOutboxTouched()
    {
        if (_outboxTouched)
        {
            _outboxTouched = false;
            _services.Signal.Notify(GetType());
        }
    }

    /// <summary>
    /// Runs a bulk statement (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>): these bypass SaveChanges, so
    /// they take the module's write gate here (ADR 0005).
    /// </summary>
    public Task<int> WriteAsync(Func<Task<int>> statement, CancellationToken cancellationToken) =>
        WriteAsync(statement, waitForDisk: true, cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync(Func{Task{int}}, CancellationToken)"/> for bookkeeping that a power
    /// loss may take back harmlessly (the outbox's delivery marks, renewals and releases: what is lost is delivered
    /// again, and consumers' inboxes and e-mail ids absorb it): answered once committed, without waiting
    /// for the disk (on PostgreSQL, <c>synchronous_commit</c> off for its transaction). The next durable
    /// write's flush covers it. A killed host process loses none of it.
    /// </summary>
    internal Task<int> WriteBookkeepingAsync(Func<Task<int>> statement, CancellationToken cancellationToken) =>
        WriteAsync(statement, waitForDisk: false, cancellationToken);

    private async Task<int> WriteAsync(Func<Task<int>> statement, bool waitForDisk, CancellationToken cancellationToken)
    {
        if (DeliveryUnit.Current is { } unit && await unit.JoinAsync(this, cancellationToken))
        {
            // A consumer's bulk statement in a run of delivered events: in the run's transaction, like its saves.
            return await statement();
        }

        if (!waitForDisk && !this.IsOnSqlite() && Database.CurrentTransaction is null)
        {
            // PostgreSQL waits for its WAL flush at every commit; bookkeeping tells it not to wait.
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", cancellationToken);
            var changed = await statement();
            await transaction.CommitAsync(cancellationToken);
            return changed;
        }

        int written;
        using (await WriteGate.EnterAsync(this, cancellationToken))
        {
            written = await statement();
        }

        if (waitForDisk && written > 0)
        {
            await WalSync.AfterCommitAsync(this);
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: writes go through the module's write gate.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset; all times are UTC, stored as sortable ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            outbox.Property(m => m.Name).HasMaxLength(200);
            outbox.Property(m => m.TraceId).HasMaxLength(32);
            outbox.Property(m => m.ClaimedBy).HasMaxLength(100);
            outbox.HasIndex(m => m.ClaimedBy);
            outbox.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.NextAttemptAt });
            outbox.HasIndex(m => new { m.SubjectId, m.ProcessedAt, m.CreatedAt, m.Sequence });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
    }

    /// <summary>Public because each module's compiled model (Infrastructure/CompiledModels) creates it.</summary>
    public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

/// <summary>What every module DbContext needs from the container besides its options.</summary>
public sealed record ModuleDbServices(TimeProvider Clock, OutboxSignal Signal, OutboxBacklog Backlog)
{
    /// <summary>
    /// The host's, through the options' application services; a context made outside a host (the
    /// design-time tools, a test on a bare file) gets the system clock and a signal no one waits on.
    /// </summary>
    public static ModuleDbServices From(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ModuleDbServices>()
        ?? new ModuleDbServices(TimeProvider.System, new OutboxSignal(), new OutboxBacklog());
}
