using CapRural.BuildingBlocks.Errors;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features;

/// <summary>A draft compte rendu as the coordinator sees it; <c>sheetId</c> once a sheet was drafted from it.</summary>
public sealed record MeetingNoteView(
    Guid NoteId,
    Guid MeetingId,
    Guid GroupId,
    string GroupName,
    string Title,
    DateTimeOffset StartsAtUtc,
    string Minutes,
    IReadOnlyList<string> Themes,
    int AttendeeCount,
    MeetingNoteStatus Status,
    Guid? SheetId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt)
{
    internal static MeetingNoteView From(MeetingNote note) => new(
        note.Id, note.MeetingId, note.GroupId, note.GroupName, note.Title, note.StartsAtUtc, note.Minutes, note.Themes,
        note.AttendeeCount, note.Status, note.SheetId, note.ReceivedAt, note.UpdatedAt);
}

internal static class MeetingNoteLookup
{
    public static async Task<MeetingNote> FindNoteAsync(this KnowledgeDbContext db, Guid noteId, CancellationToken cancellationToken) =>
        await db.MeetingNotes.FirstOrDefaultAsync(n => n.Id == noteId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Compte rendu introuvable.", "Meeting note not found."));
}
