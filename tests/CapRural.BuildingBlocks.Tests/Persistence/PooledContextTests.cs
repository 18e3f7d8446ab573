using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CapRural.BuildingBlocks.Tests.Persistence;

/// <summary>A context from the pool, new or handed out again, works with the host's clock and wakes the host's dispatcher.</summary>
public sealed class PooledContextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_pooled_context_stamps_with_the_hosts_clock_and_signals_the_hosts_dispatcher_each_time_it_is_used()
    {
        var clock = new FakeTimeProvider(ModuleHarness.Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<ModuleDbServices>();
        services.AddPooledDbContextFactory<TestDbContext>(options => options
            .UseSqlite($"Data Source={Path.Combine(_folder.Path, "pooled.db")}")
            .AddInterceptors(SqlitePragmas.Instance));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<TestDbContext>>();
        var signal = provider.GetRequiredService<OutboxSignal>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        for (var use = 0; use < 2; use++)
        {
            await using (var db = await factory.CreateDbContextAsync())
            {
                var note = new Note { Title = $"use {use}" };
                db.Notes.Add(note);
                db.Publish(new NoteWritten(note.Id, note.Title, Sector.SocialAction));
                await db.SaveChangesAsync();
            }

            // The host's signal was raised: its dispatcher wakes at once.
            Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
            clock.Advance(TimeSpan.FromHours(1));
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            var stamps = await db.Outbox.OrderBy(m => m.Sequence).Select(m => m.CreatedAt).ToListAsync();
            Assert.Equal([ModuleHarness.Start, ModuleHarness.Start.AddHours(1)], stamps);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
