using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>
/// One running instance of a module on a SQLite file: its container, outbox processor, clock and
/// mediator. Disposing it and starting another on the same folder is a process restart.
/// </summary>
public sealed class ModuleHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    private static readonly AsyncLocal<IServiceProvider?> DeliveryScope = new();

    private readonly ServiceProvider _services;

    private ModuleHarness(ServiceProvider services, FakeTimeProvider clock, IPublisher publisher, string mailDirectory)
    {
        _services = services;
        Clock = clock;
        Publisher = publisher;
        MailDirectory = mailDirectory;
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The mediator the outbox publishes events through.</summary>
    public IPublisher Publisher { get; }

    /// <summary>Where the pickup-folder sender writes the .eml files.</summary>
    public string MailDirectory { get; }

    /// <summary>Every notification handed to the mediator so far, failed deliveries included.</summary>
    public IReadOnlyList<object> PublishAttempts => Publisher.ReceivedCalls()
        .Where(call => call.GetMethodInfo().Name == nameof(IPublisher.Publish))
        .Select(call => call.GetArguments()[0]!)
        .ToList();

    public static async Task<ModuleHarness> StartAsync(string folder)
    {
        var clock = new FakeTimeProvider(Start);
        var publisher = Substitute.For<IPublisher>();
        var mailDirectory = Path.Combine(folder, "mail");
        var connectionString = $"Data Source={Path.Combine(folder, "test.db")};Pooling=False";

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<ModuleDbServices>();
        services.AddDbContext<TestDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance));
        services.AddSingleton(new ModuleDatabase("test", typeof(TestDbContext)));
        services.AddScoped<IPublisher>(scope => new DeliveryScopePublisher(publisher, scope));
        services.AddSingleton<IEmailSender>(new PickupFolderEmailSender(Options.Create(new EmailOptions()), mailDirectory));
        services.AddSingleton<OutboxProcessor>();
        services.AddEventContracts<NoteWritten>();
        services.AddScoped<NoteAnswerer>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var harness = new ModuleHarness(provider, clock, publisher, mailDirectory);
        await harness.InScopeAsync(db => db.Database.EnsureCreatedAsync());
        return harness;
    }

    /// <summary>Decides what the mediator does with each notification the outbox hands it.</summary>
    public void OnPublish(Func<object, ValueTask> delivery)
    {
        // Configuring a substitute names the call without running it: no ValueTask is consumed here.
#pragma warning disable CA2012
        Publisher.Publish(Arg.Any<object>(), Arg.Any<CancellationToken>()).Returns(call => delivery(call.Arg<object>()));
#pragma warning restore CA2012
    }

    /// <summary>One pass of the background dispatcher; returns how many messages it attempted.</summary>
    public Task<int> ProcessDueAsync() =>
        _services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);

    /// <summary>One pass of the background dispatcher's loop: over the modules with news, or not looked at for <paramref name="pollInterval"/>.</summary>
    public Task<int> ProcessNoticedAsync(TimeSpan pollInterval) =>
        _services.GetRequiredService<OutboxProcessor>().ProcessNoticedAsync(_services.GetRequiredService<OutboxSignal>(), pollInterval, CancellationToken.None);

    /// <summary>Runs work the way a request handler does: in its own scope, with its own DbContext.</summary>
    public async Task InScopeAsync(Func<TestDbContext, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    /// <summary>A request of this host raising one event (a note written), committed.</summary>
    public Task PublishNoteAsync(string title) => InScopeAsync(async db =>
    {
        db.Publish(new NoteWritten(Guid.NewGuid(), title, Sector.LocalDevelopment));
        await db.SaveChangesAsync();
    });

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<List<OutboxMessage>> OutboxAsync() =>
        QueryAsync(db => db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Sequence).ToListAsync());

    public Task<List<string>> NoteTitlesAsync() =>
        QueryAsync(db => db.Notes.Select(n => n.Title).ToListAsync());

    /// <summary>
    /// Delivers an event to the consumer as the mediator would: in the scope the outbox delivers in
    /// (<see cref="DeliveryServices"/>), or in a fresh one outside a delivery.
    /// </summary>
    public async ValueTask DeliverToAnswererAsync(NoteWritten written)
    {
        await using var fresh = _services.CreateAsyncScope();
        var services = DeliveryServices ?? fresh.ServiceProvider;
        await services.GetRequiredService<NoteAnswerer>().Handle(written, CancellationToken.None);
    }

    /// <summary>Within a delivery (<see cref="OnPublish"/>): the services of the scope the outbox publishes in.</summary>
    public static IServiceProvider? DeliveryServices => DeliveryScope.Value;

    /// <summary>
    /// The state after a crash between a delivery and its "processed" mark: the work was done,
    /// the outbox still lists it as due.
    /// </summary>
    public Task ForgetDeliveriesAsync() =>
        InScopeAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE outbox SET ProcessedAt = NULL"));

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>The mediator as the outbox sees it: each notification goes to the substitute, within the scope the outbox made.</summary>
    private sealed class DeliveryScopePublisher(IPublisher recorder, IServiceProvider scope) : IPublisher
    {
        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Publish((object)notification, cancellationToken);

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
        {
            DeliveryScope.Value = scope;
            return recorder.Publish(notification, cancellationToken);
        }
    }
}
