using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.PublishMethodSheet;

/// <summary>
/// The one way a sheet goes online, whether the coordinator publishes it or an experience report is
/// accepted: the next revision, what partners read, and the event, all in the caller's unit of work,
/// so a partner never sees a revision that the history does not hold.
/// </summary>
internal static class SheetPublication
{
    public static async Task PublishAsync(this KnowledgeDbContext db, MethodSheet sheet, ISheetSearch search, KnowledgeOptions options,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (revision, published) = sheet.Publish(now);
        db.Revisions.Add(revision);

        var online = await db.PublicSheets.FirstOrDefaultAsync(p => p.SheetId == sheet.Id, cancellationToken);
        if (online is null)
        {
            online = PublicSheet.For(sheet.Id);
            db.PublicSheets.Add(online);
        }

        online.Show(revision, sheet.Kind, sheet.FirstPublishedAt!.Value, SafeHtml.Render(revision.Body, options.ImageHosts), search.IndexText(revision));
        db.Publish(published);
    }
}
