using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ExportPersonalData;

/// <summary>Knowledge's part of "export my data": the directory entry and its consent, the experience reports and their authorship choice.</summary>
public sealed record KnowledgePersonalData(DirectoryData? Directory, IReadOnlyList<ExperienceReportData> ExperienceReports);

/// <summary>
/// What the directory holds: <c>consent</c> and where it comes from (<c>application</c> or <c>member</c>, the member's own
/// later choice), <c>listed</c> (shown now) and the entry as the public directory shows it, or would.
/// </summary>
public sealed record DirectoryData(
    bool Consent,
    string ConsentSource,
    bool Listed,
    DateTimeOffset? LeftAt,
    DirectoryEntryData Entry);

public sealed record DirectoryEntryData(
    string Name,
    string Email,
    string Organisation,
    string Role,
    Sector Sector,
    string Department,
    string? Epci,
    IReadOnlyList<string> Topics);

/// <summary>A report sent, with the author's choice to be named and the name the published sheet shows.</summary>
public sealed record ExperienceReportData(
    Guid ReportId,
    string Title,
    ExperienceReportStatus Status,
    bool PublishAuthorName,
    string? PublishedAuthor,
    string? SheetSlug,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt);

/// <summary>Answers from Knowledge's own tables; adds nothing when Knowledge holds nothing about the person.</summary>
internal sealed class ExportPersonalDataHandler(KnowledgeDbContext db) : INotificationHandler<PersonalDataRequested>
{
    public async ValueTask Handle(PersonalDataRequested notification, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ApplicationId == notification.ApplicationId && m.HasProfile && !m.Erased, cancellationToken);
        var reports = await db.ExperienceReports.AsNoTracking()
            .Where(r => r.ApplicationId == notification.ApplicationId)
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);
        if (member is null && reports.Count == 0)
        {
            return;
        }

        var sheetIds = reports.Where(r => r.SheetId != null).Select(r => r.SheetId!.Value).ToList();
        var slugs = await db.Sheets.AsNoTracking().Where(s => sheetIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Slug, cancellationToken);
        var directory = member is null ? null : new DirectoryData(
            member.ConsentsToDirectory,
            member.OwnDirectoryChoice is null ? "application" : "member",
            member.ListedInDirectory,
            member.LeftAt,
            new DirectoryEntryData(member.Name, member.Email, member.Organisation, member.Role, member.Sector, member.DepartmentCode,
                member.EpciName, member.Topics));
        notification.Add("knowledge", new KnowledgePersonalData(directory, [.. reports.Select(r => new ExperienceReportData(
            r.Id, r.Title, r.Status, r.PublishAuthorName, r.PublishedAuthor,
            r.SheetId is { } id ? slugs.GetValueOrDefault(id) : null, r.SubmittedAt, r.DecidedAt))]));
    }
}
