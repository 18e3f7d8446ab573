using CapRural.BuildingBlocks.Errors;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features;

/// <summary>A retour d'expérience as the coordinator moderates it and the member sees it.</summary>
public sealed record ExperienceReportView(
    Guid ReportId,
    Guid GroupId,
    string AuthorName,
    bool PublishAuthorName,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themes,
    ExperienceReportStatus Status,
    string? RejectionReason,
    Guid? SheetId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt)
{
    internal static ExperienceReportView From(ExperienceReport r) => new(
        r.Id, r.GroupId, r.AuthorName, r.PublishAuthorName, r.Title, r.Summary, r.Body, r.Themes, r.Status, r.RejectionReason, r.SheetId,
        r.SubmittedAt, r.DecidedAt);
}

internal static class ExperienceReportLookup
{
    public static async Task<ExperienceReport> FindReportAsync(this KnowledgeDbContext db, Guid reportId, CancellationToken cancellationToken) =>
        await db.ExperienceReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Retour d'expérience introuvable.", "Experience report not found."));
}
