using CapRural.BuildingBlocks.Contracts;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>A second kind of event of the test module, to tell kinds apart in delivery order.</summary>
[EventName("test.note-archived.v1")]
public sealed record NoteArchived(Guid NoteId) : IntegrationEvent
{
    public override Guid SubjectId => NoteId;
}
