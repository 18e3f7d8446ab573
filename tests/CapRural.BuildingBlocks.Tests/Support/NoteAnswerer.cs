using CapRural.BuildingBlocks.Outbox;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>A consumer whose visible effect is one answer note per event it handles.</summary>
public sealed class NoteAnswerer(TestDbContext context, TimeProvider clock)
    : IdempotentEventHandler<NoteWritten, TestDbContext>(context, clock)
{
    public static string AnswerTo(NoteWritten written) => $"Réponse à « {written.Title} »";

    protected override Task ReactAsync(NoteWritten notification, CancellationToken cancellationToken)
    {
        Db.Notes.Add(new Note { Title = AnswerTo(notification) });
        return Task.CompletedTask;
    }
}
