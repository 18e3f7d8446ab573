using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Consumers;

/// <summary>
/// Erasure of a member in Knowledge: the member's data and tokens, the reports not published, and their
/// name on every copy of the sheets their accepted reports became — the working copy, every revision
/// and what partners read (the list, the sheet, the Atom feed and the archive are all written from
/// these). Repeating it changes nothing.
/// </summary>
internal sealed class MemberErasure(KnowledgeDbContext db, ISheetSearch search, TimeProvider clock, PublicListCache publicList)
{
    public async Task EraseAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        (await db.MemberAsync(applicationId, now, cancellationToken)).Erase(now);
        db.MemberTokens.RemoveRange(await db.MemberTokens.Where(t => t.ApplicationId == applicationId).ToListAsync(cancellationToken));

        var reports = await db.ExperienceReports.Where(r => r.ApplicationId == applicationId).ToListAsync(cancellationToken);
        db.ExperienceReports.RemoveRange(reports.Where(r => r.Status != ExperienceReportStatus.Accepted));
        var amended = false;
        foreach (var report in reports.Where(r => r.Status == ExperienceReportStatus.Accepted))
        {
            if (report is { SheetId: { } sheetId, PublishedAuthor: { } name })
            {
                amended |= await AnonymiseAsync(sheetId, name, now, cancellationToken);
            }

            report.ForgetAuthor();
        }

        if (amended)
        {
            // Pages cached in this process go now; other processes see the new version within a second.
            publicList.Invalidate();
        }
    }

    private async Task<bool> AnonymiseAsync(Guid sheetId, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sheet = await db.Sheets.FirstOrDefaultAsync(s => s.Id == sheetId, cancellationToken);
        sheet?.ReplaceAuthor(name, AuthorLabels.GroupMember);
        var revisions = await db.Revisions.Where(r => r.SheetId == sheetId).ToListAsync(cancellationToken);
        foreach (var revision in revisions)
        {
            revision.ReplaceAuthor(name, AuthorLabels.GroupMember);
        }

        var online = await db.PublicSheets.FirstOrDefaultAsync(p => p.SheetId == sheetId, cancellationToken);
        var current = revisions.FirstOrDefault(r => r.Number == online?.Revision);
        return online is not null && current is not null
            && online.ReplaceAuthor(name, AuthorLabels.GroupMember, () => search.IndexText(current), now);
    }
}
