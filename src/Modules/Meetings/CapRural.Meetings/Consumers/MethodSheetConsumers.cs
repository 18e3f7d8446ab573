using CapRural.BuildingBlocks.Outbox;
using CapRural.Knowledge.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Consumers;

/// <summary>A sheet going online is counted in its source meeting's group report.</summary>
internal sealed class MethodSheetPublishedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MethodSheetPublished, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(MethodSheetPublished notification, CancellationToken cancellationToken) =>
        (await Db.ProducedSheetAsync(notification.SheetId, cancellationToken))
            .Published(notification.Title, notification.SourceMeetingId, notification.PublishedAt);
}

/// <summary>An archived sheet leaves the count; an archive arriving first leaves a row the publication cannot revive.</summary>
internal sealed class MethodSheetArchivedConsumer(MeetingsDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MethodSheetArchived, MeetingsDbContext>(db, clock)
{
    protected override async Task ReactAsync(MethodSheetArchived notification, CancellationToken cancellationToken) =>
        (await Db.ProducedSheetAsync(notification.SheetId, cancellationToken)).Archived(notification.ArchivedAt);
}

internal static class ProducedSheets
{
    public static async Task<ProducedSheet> ProducedSheetAsync(this MeetingsDbContext db, Guid sheetId, CancellationToken cancellationToken)
    {
        var sheet = await db.ProducedSheets.FirstOrDefaultAsync(s => s.SheetId == sheetId, cancellationToken);
        if (sheet is null)
        {
            sheet = ProducedSheet.For(sheetId);
            db.ProducedSheets.Add(sheet);
        }

        return sheet;
    }
}
