using CapRural.BuildingBlocks.Contracts;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>The integration event the test module raises when a note is written; the note is its subject.</summary>
[EventName("test.note-written.v1")]
public sealed record NoteWritten(Guid NoteId, string Title, Sector Sector) : IntegrationEvent
{
    public override Guid SubjectId => NoteId;
}
