using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Knowledge.Contracts;

/// <summary>A revision of a method sheet went online (the first one or a later one).</summary>
[EventName("knowledge.method-sheet-published.v1")]
[ForOutsideSubscribers("partners' resource centres that republish method sheets")]
public sealed record MethodSheetPublished(
    Guid SheetId,
    string Slug,
    int Revision,
    string Title,
    IReadOnlyList<string> Themes,
    Guid? SourceMeetingId,
    DateTimeOffset PublishedAt) : IntegrationEvent
{
    public override Guid SubjectId => SheetId;
}

/// <summary>A method sheet was taken offline; partners receive a tombstone for its slug.</summary>
[EventName("knowledge.method-sheet-archived.v1")]
[ForOutsideSubscribers("partners' resource centres that republish method sheets")]
public sealed record MethodSheetArchived(Guid SheetId, string Slug, DateTimeOffset ArchivedAt) : IntegrationEvent
{
    public override Guid SubjectId => SheetId;
}
