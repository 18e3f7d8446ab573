using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Knowledge.Contracts;

/// <summary>
/// A revision of a method sheet went online (the first one or a later one). Meetings counts it in the
/// report of its source meeting's group; partners' resource centres pull the sheets from the public API.
/// </summary>
[EventName("knowledge.method-sheet-published.v1")]
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

/// <summary>A method sheet was taken offline: it leaves its group's report, and partners receive a tombstone for its slug.</summary>
[EventName("knowledge.method-sheet-archived.v1")]
public sealed record MethodSheetArchived(Guid SheetId, string Slug, DateTimeOffset ArchivedAt) : IntegrationEvent
{
    public override Guid SubjectId => SheetId;
}
