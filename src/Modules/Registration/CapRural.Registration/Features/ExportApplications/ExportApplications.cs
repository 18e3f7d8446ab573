using System.Globalization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Export;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Features.ListApplications;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.ExportApplications;

/// <summary>
/// The filtered applications as a CSV file that opens as-is in a French Excel. Cells that Excel
/// would run as formulas are escaped: the text comes from the public form.
/// </summary>
public sealed record ExportApplications(ApplicationFilter Filter) : IQuery<byte[]>;

internal sealed class ExportApplicationsHandler(RegistrationDbContext db) : IQueryHandler<ExportApplications, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportApplications query, CancellationToken cancellationToken)
    {
        await db.FindCallToReadAsync(query.Filter.CallId, cancellationToken);
        var applications = await db.Applications.AsNoTracking()
            .Matching(query.Filter)
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);

        return await ExcelCsv.WriteAsync(Headers, applications.Select(Row), cancellationToken);
    }

    private static readonly string[] Headers =
    [
        "Identifiant", "Statut", "Déposée le (heure de Paris)", "Prénom", "Nom", "E-mail", "Téléphone", "Organisation", "Type d'organisation",
        "Fonction", "Secteur", "Rôle", "Commune", "Code INSEE", "Département", "EPCI", "Motivation", "Attentes", "Sujets",
        "Format préféré", "Disponible le jour de la 1re réunion", "Accord annuaire",
    ];

    private static IEnumerable<string> Row(Application a) =>
    [
        a.Id.ToString(), StatusLabel(a.Status), ParisTime.ToLocal(a.SubmittedAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), a.FirstName, a.LastName,
        a.Email ?? "", a.Phone ?? "", a.Organisation, OrganisationLabels.Of(a.OrganisationType), a.JobTitle,
        a.Sector == Sector.LocalDevelopment ? "Développement local" : "Action sociale", a.Role, a.Place.CommuneName, a.Place.CommuneCode,
        $"{a.Place.DepartmentCode} {a.Place.DepartmentName}", a.Place.EpciName ?? "", a.Motivation, a.Expectations ?? "",
        string.Join(", ", a.Topics), FormatLabel(a.PreferredFormat), YesNo(a.AvailableForFirstMeeting), YesNo(a.ConsentToDirectory),
    ];

    private static string StatusLabel(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "Déposée",
        ApplicationStatus.Withdrawn => "Retirée",
        _ => "Effacée",
    };

    private static string FormatLabel(MeetingFormat? format) => format switch
    {
        MeetingFormat.InPerson => "Présentiel",
        MeetingFormat.Remote => "Distanciel",
        MeetingFormat.Hybrid => "Hybride",
        _ => "",
    };

    private static string YesNo(bool? value) => value switch
    {
        true => "oui",
        false => "non",
        null => "",
    };
}

internal static class ExportApplicationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/applications.csv", async (Guid callId, string? sector, string? department, string? status, string? q,
                IMediator mediator, CancellationToken ct) =>
            {
                var csv = await mediator.Send(new ExportApplications(ApplicationFilter.Parse(callId, sector, department, status, q)), ct);
                return TypedResults.File(csv, "text/csv; charset=utf-8", $"candidatures-{callId:N}.csv");
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Exporter les candidatures (CSV pour Excel)")
            .WithDescription("Mêmes filtres que la liste. UTF-8 avec BOM, séparateur « ; », s'ouvre directement dans Excel en français.")
            .Produces(200, contentType: "text/csv")
            .ProducesClientErrors(400, 401, 403, 404, 422);
}
