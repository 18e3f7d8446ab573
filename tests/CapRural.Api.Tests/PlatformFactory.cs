using System.Net.Http.Json;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CapRural.Api.Tests;

/// <summary>
/// The whole host over HTTP, on real SQLite files in a fresh temporary folder — or, when the
/// PostgreSQL lane sets <c>CAPRURAL_TEST_POSTGRESQL</c>, in a fresh PostgreSQL database — with a
/// clock the test controls. E-mails land as .eml files in the folder's mail/ directory.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    /// <summary>A second host on this one's database and data folder (which this one deletes).</summary>
    private readonly bool _secondHost;

    public PlatformFactory()
        : this(Path.Combine(Path.GetTempPath(), "caprural-tests", Guid.NewGuid().ToString("N")), TestDatabase.Create())
    {
    }

    private PlatformFactory(string dataDirectory, TestDatabase database, bool secondHost = false)
    {
        _secondHost = secondHost;
        DataDirectory = dataDirectory;
        _settings = new Dictionary<string, string?>
        {
            ["Data:Directory"] = DataDirectory,
            ["Platform:WebsiteBaseUrl"] = "https://site.test",
            ["RateLimits:PublicWritesPerMinute"] = "100000",
            ["RateLimits:PublicReadsPerMinute"] = "100000",
        };
        Database = database;
        foreach (var (key, value) in Database.Settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>Another host on the same database and pickup folder, as a second instance behind a proxy.</summary>
    public PlatformFactory SecondHost() => new(DataDirectory, Database.Shared(), secondHost: true);

    /// <summary>The database this host runs on: its own SQLite folder, or its own PostgreSQL database.</summary>
    public TestDatabase Database { get; }

    /// <summary>Overrides a setting; only before the first request starts the host.</summary>
    public PlatformFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public string DataDirectory { get; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>How many times this host sent each e-mail (by outbox message id).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<Guid, int> Sends { get; } = new();

    /// <summary>Awaited before each e-mail is sent: a test holds it to play a slow relay.</summary>
    public Func<Task> BeforeSend { get; set; } = () => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Every JSON answer of every test is checked against the committed OpenAPI document.
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, Contract.ContractCheckingStartupFilter>();
            // Counts each send, so a message delivered twice is seen even where its file is overwritten.
            var sender = services.Last(d => d.ServiceType == typeof(IEmailSender));
            services.Remove(sender);
            services.AddSingleton<IEmailSender>(provider => new CountingEmailSender((IEmailSender)sender.ImplementationFactory!(provider), Sends, () => BeforeSend()));
        });
    }

    public async Task<string> CreateApiKeyAsync(string role, string name = "Test")
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(name, role, CancellationToken.None);
        return created.Key;
    }

    public async Task<HttpClient> ClientWithRoleAsync(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, await CreateApiKeyAsync(role));
        return client;
    }

    public HttpClient ClientWithApplicationToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(Credentials.ApplicationTokenHeader, token);
        return client;
    }

    /// <summary>Delivers everything the modules wrote to their outboxes, as the dispatcher would.</summary>
    public async Task DeliverOutboxAsync()
    {
        var processor = Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async Task<List<OutboxMessage>> OutboxAsync(string module)
    {
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == module);
        return await database.Open(scope.ServiceProvider).Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Sequence).ToListAsync();
    }

    /// <summary>One number from a module's tables, with SQL both providers read (quote the column names).</summary>
    public Task<long> ScalarAsync(string module, string sql) => Database.ScalarAsync(DataDirectory, module, sql);

    /// <summary>Changes a module's rows behind the API's back (a tampered database), with SQL both providers read.</summary>
    public Task<int> ExecuteAsync(string module, string sql) => Database.ExecuteAsync(DataDirectory, module, sql);

    public IReadOnlyList<MimeKit.MimeMessage> Mails() =>
        Directory.Exists(MailDirectory)
            ? Directory.GetFiles(MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Database.Dispose();
        if (_secondHost)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the OS temp cleaner will take it.
        }
    }
}

internal sealed class CountingEmailSender(IEmailSender inner, System.Collections.Concurrent.ConcurrentDictionary<Guid, int> sends, Func<Task> beforeSend) : IEmailSender
{
    public async Task SendAsync(Guid messageId, EmailMessage email, CancellationToken cancellationToken)
    {
        await beforeSend();
        await inner.SendAsync(messageId, email, cancellationToken);
        sends.AddOrUpdate(messageId, 1, (_, count) => count + 1);
    }
}

public static class HttpJson
{
    public static async Task<System.Text.Json.Nodes.JsonNode> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>())!;
}
