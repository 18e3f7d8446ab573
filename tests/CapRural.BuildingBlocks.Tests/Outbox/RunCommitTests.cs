using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>
/// A rush's events of one kind are committed together by each consuming module, and a reaction that
/// fails among them is undone alone: the others stay, and it is retried.
/// </summary>
public sealed class RunCommitTests : IDisposable
{
    private static readonly Guid Taken = Guid.NewGuid();

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_reactions_to_a_run_of_events_of_one_kind_wait_for_one_sync_of_the_disk()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        module.OnPublish(notification => module.DeliverToAnswererAsync((NoteWritten)notification));
        var titles = new[] { "Atelier 1", "Atelier 2", "Atelier 3", "Atelier 4", "Atelier 5" };
        foreach (var title in titles)
        {
            await module.PublishNoteAsync(title);
        }

        var syncsBefore = await SyncsAsync(module);

        Assert.Equal(titles.Length, await module.ProcessDueAsync());

        Assert.Equal(titles.Select(t => $"Réponse à « {t} »").Order(), (await module.NoteTitlesAsync()).Order());
        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
        // The claim's sync, then the run's: not one per reaction.
        Assert.Equal(syncsBefore + 2, await SyncsAsync(module));
    }

    [Fact]
    public async Task A_reaction_that_fails_in_a_run_is_undone_alone_and_its_event_is_retried()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await module.InScopeAsync(async db =>
        {
            db.Notes.Add(new Note { Id = Taken, Title = "Note déjà écrite" });
            await db.SaveChangesAsync();
        });
        var clash = true;
        module.OnPublish(async notification =>
        {
            var answerer = ActivatorUtilities.CreateInstance<ClashingAnswerer>(ModuleHarness.DeliveryServices!, clash);
            await answerer.Handle((NoteWritten)notification, CancellationToken.None);
        });
        await module.PublishNoteAsync("Avant");
        await module.PublishNoteAsync(ClashingAnswerer.ClashingTitle);
        await module.PublishNoteAsync("Après");

        await module.ProcessDueAsync();

        Assert.Equal(["Note déjà écrite", "Réponse à « Après »", "Réponse à « Avant »"], (await module.NoteTitlesAsync()).Order());
        var failed = Assert.Single(await module.OutboxAsync(), m => m.ProcessedAt is null);
        Assert.StartsWith(nameof(DbUpdateException), failed.LastError, StringComparison.Ordinal);

        clash = false;
        module.Clock.SetUtcNow(failed.NextAttemptAt);
        Assert.Equal(1, await module.ProcessDueAsync());
        Assert.Contains($"Réponse à « {ClashingAnswerer.ClashingTitle} »", await module.NoteTitlesAsync());
        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static Task<long> SyncsAsync(ModuleHarness module) => module.QueryAsync(db => Task.FromResult(WalSync.Of(db)!.Syncs));

    /// <summary>Answers like <see cref="NoteAnswerer"/>; for one title, its save also writes a note whose id is taken, and fails.</summary>
    private sealed class ClashingAnswerer(TestDbContext context, TimeProvider clock, bool clashes)
        : IdempotentEventHandler<NoteWritten, TestDbContext>(context, clock)
    {
        public const string ClashingTitle = "Doublon";

        protected override Task ReactAsync(NoteWritten notification, CancellationToken cancellationToken)
        {
            Db.Notes.Add(new Note { Title = NoteAnswerer.AnswerTo(notification) });
            if (notification.Title == ClashingTitle && clashes)
            {
                Db.Notes.Add(new Note { Id = Taken, Title = "Doublon de la note déjà écrite" });
            }

            return Task.CompletedTask;
        }
    }
}
