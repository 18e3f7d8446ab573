namespace CapRural.Knowledge.Domain;

/// <summary>What the coordinator writes in a sheet; a revision freezes one of these.</summary>
internal sealed record SheetContent(
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Authors,
    string Licence,
    Guid? SourceMeetingId);
