using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Outbox;

/// <summary>A state change and the event announcing it are stored together, or not at all.</summary>
public sealed class TransactionalOutboxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_saved_note_and_its_event_are_both_stored()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var note = new Note { Title = "Compte rendu du groupe Mobilités" };

        await module.InScopeAsync(db => WriteNoteAsync(db, note, beforeCommit: () => Task.CompletedTask));

        Assert.Equal([note.Title], await module.NoteTitlesAsync());
        var message = Assert.Single(await module.OutboxAsync());
        Assert.Contains(note.Id.ToString(), message.Payload, StringComparison.Ordinal);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public async Task A_handler_that_fails_before_saving_leaves_neither_the_note_nor_its_event()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var note = new Note { Title = "Compte rendu refusé" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => module.InScopeAsync(db =>
            WriteNoteAsync(db, note, beforeCommit: () => throw new InvalidOperationException("Règle métier non respectée"))));

        Assert.Empty(await module.NoteTitlesAsync());
        Assert.Empty(await module.OutboxAsync());
        Assert.Equal(0, await module.ProcessDueAsync());
        Assert.Empty(module.PublishAttempts);
    }

    [Fact]
    public async Task A_change_the_database_rejects_takes_its_event_down_with_it()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var first = new Note { Title = "Première version" };
        await module.InScopeAsync(db => WriteNoteAsync(db, first, beforeCommit: () => Task.CompletedTask));

        var clash = new Note { Id = first.Id, Title = "Doublon" };
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            module.InScopeAsync(db => WriteNoteAsync(db, clash, beforeCommit: () => Task.CompletedTask)));

        Assert.Equal([first.Title], await module.NoteTitlesAsync());
        var onlyMessage = Assert.Single(await module.OutboxAsync());
        Assert.DoesNotContain("Doublon", onlyMessage.Payload, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>What a command handler does: change state, raise the event, then commit once.</summary>
    private static async Task WriteNoteAsync(TestDbContext db, Note note, Func<Task> beforeCommit)
    {
        db.Notes.Add(note);
        db.Publish(new NoteWritten(note.Id, note.Title, Sector.LocalDevelopment));
        await beforeCommit();
        await db.SaveChangesAsync();
    }
}
