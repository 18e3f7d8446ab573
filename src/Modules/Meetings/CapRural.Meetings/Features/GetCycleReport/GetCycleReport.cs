using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using CapRural.Territories;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.GetCycleReport;

/// <summary>
/// One meeting of the year. Attendance fields stay null until recorded; distances (as the crow flies, from
/// the members present, or from every member while attendance is not recorded) only for a meeting with a venue.
/// </summary>
public sealed record ReportMeetingView(
    Guid MeetingId,
    string Title,
    string StartsAt,
    MeetingStatus Status,
    bool ToClose,
    MeetingFormat Format,
    string? VenueName,
    string? VenueCommune,
    int? Present,
    int? PresentLocalDevelopment,
    int? PresentSocialAction,
    double? TotalKm,
    double? MaxKm,
    bool HasMinutes,
    int OpenActionItems);

public sealed record SectorAttendanceView(int LocalDevelopment, int SocialAction);

/// <summary>A method sheet first published this year from the minutes of one of the group's meetings, and still online.</summary>
public sealed record ReportSheetView(Guid SheetId, string Title, string PublishedAt, Guid MeetingId);

public sealed record CycleReportView(
    Guid GroupId,
    string GroupName,
    int Year,
    int MemberCount,
    YearPlan Plan,
    IReadOnlyList<ReportMeetingView> Meetings,
    SectorAttendanceView AttendanceBySector,
    int MinutesRecorded,
    int SheetsProduced,
    IReadOnlyList<ReportSheetView> Sheets);

public sealed record GetCycleReport(Guid GroupId, int? Year) : IQuery<CycleReportView>;

internal sealed class GetCycleReportValidator : AbstractValidator<GetCycleReport>
{
    public GetCycleReportValidator() => RuleFor(q => q.Year).CycleYear();
}

internal sealed class GetCycleReportHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetCycleReport, CycleReportView>
{
    public async ValueTask<CycleReportView> Handle(GetCycleReport query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        var year = query.Year ?? ParisTime.ToLocal(now).Year;
        var allMeetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        var meetings = allMeetings.Where(m => ParisTime.ToLocal(m.StartsAt).Year == year).OrderBy(m => m.StartsAt).ToList();
        // Everyone who was in the group, so a past meeting's attendance still counts those who left since.
        var members = await db.Members.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        var venueIds = meetings.Select(m => m.VenueId).OfType<Guid>().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var rows = meetings.Select(m => Row(m, m.VenueId is { } id ? venues.GetValueOrDefault(id) : null, members, now)).ToList();
        var sheets = await SheetsAsync(allMeetings.Select(m => m.Id).ToList(), year, cancellationToken);
        return new CycleReportView(group.Id, group.Name, year, members.Count(m => !m.HasLeft), GroupView.Plan(group, meetings, year, now), rows,
            new SectorAttendanceView(rows.Sum(r => r.PresentLocalDevelopment ?? 0), rows.Sum(r => r.PresentSocialAction ?? 0)),
            rows.Count(r => r.HasMinutes), sheets.Count, sheets);
    }

    // A sheet counts in the year it first went online, whichever year its meeting was held.
    private async Task<List<ReportSheetView>> SheetsAsync(List<Guid> meetingIds, int year, CancellationToken cancellationToken) =>
        [.. (await db.ProducedSheets.AsNoTracking()
                .Where(s => s.SourceMeetingId != null && meetingIds.Contains(s.SourceMeetingId.Value) && s.FirstPublishedAt != null && s.ArchivedAt == null)
                .ToListAsync(cancellationToken))
            .Where(s => ParisTime.ToLocal(s.FirstPublishedAt!.Value).Year == year)
            .OrderBy(s => s.FirstPublishedAt)
            .ThenBy(s => s.SheetId)
            .Select(s => new ReportSheetView(s.SheetId, s.Title, ParisTime.FormatIso(s.FirstPublishedAt!.Value), s.SourceMeetingId!.Value))];

    private static ReportMeetingView Row(Meeting meeting, Venue? venue, List<Member> members, DateTimeOffset now)
    {
        var recorded = meeting.AttendanceRecordedAt is not null;
        var present = members.Where(m => meeting.Present.Contains(m.Id)).ToList();
        var travelling = recorded ? present : members.Where(m => !m.HasLeft).ToList();
        var km = venue is null || meeting.Format == MeetingFormat.Remote
            ? null
            : travelling.Select(m => GeoDistance.Kilometres(m.Latitude, m.Longitude, venue.Latitude, venue.Longitude)).ToList();
        return new ReportMeetingView(
            meeting.Id,
            meeting.Title,
            ParisTime.FormatIso(meeting.StartsAt),
            meeting.Status,
            meeting.IsToClose(now),
            meeting.Format,
            venue?.Name,
            venue?.CommuneName,
            recorded ? present.Count : null,
            recorded ? present.Count(m => m.Sector == Sector.LocalDevelopment) : null,
            recorded ? present.Count(m => m.Sector == Sector.SocialAction) : null,
            km is null ? null : Math.Round(km.Sum(), 1),
            km is null ? null : Math.Round(km.DefaultIfEmpty(0).Max(), 1),
            meeting.Minutes is not null,
            ActionItems.Open(meeting.Minutes).Count);
    }
}

internal static class GetCycleReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/groups/{groupId:guid}/report", async (Guid groupId, IMediator mediator, CancellationToken ct, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new GetCycleReport(groupId, year), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Bilan de l'année du groupe")
            .WithDescription("Pour l'année demandée (`year`, l'année en cours par défaut) : les réunions tenues face à l'objectif, " +
                "chaque réunion avec son statut (« à clôturer » quand elle est passée sans compte rendu ni annulation), son lieu, " +
                "ses présences par secteur, les distances parcourues (à vol d'oiseau) et ses actions ouvertes, puis les présences de l'année par secteur " +
                "et le nombre de comptes rendus, enfin les fiches méthode produites : publiées pour la première fois dans l'année à partir du compte rendu " +
                "d'une réunion du groupe, et toujours en ligne (une fiche archivée sort du bilan). Le même bilan à imprimer ou transmettre au conseil d'administration : `report.md`.")
            .ProducesClientErrors(401, 403, 404, 422);
        api.MapGet("/groups/{groupId:guid}/report.md", async (Guid groupId, IMediator mediator, CancellationToken ct, int? year = null) =>
            {
                var report = await mediator.Send(new GetCycleReport(groupId, year), ct);
                return TypedResults.Text(CycleReportMarkdown.Write(report), "text/markdown; charset=utf-8");
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Bilan de l'année du groupe (document Markdown)")
            .WithDescription("Le bilan de `GET /api/groups/{groupId}/report` en un document Markdown en français, prêt à imprimer ou à envoyer.")
            .Produces<string>(200, "text/markdown")
            .ProducesClientErrors(401, 403, 404, 422);
    }
}
