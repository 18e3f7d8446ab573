using System.Globalization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Export;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.ListReplies;
using CapRural.Meetings.Features.Shared;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.ExportReplies;

/// <summary>
/// The replies as a CSV file that opens as-is in a French Excel; cells Excel would run as formulas are
/// escaped, since names and organisations come from the public application form.
/// </summary>
public sealed record ExportReplies(Guid MeetingId) : IQuery<byte[]>;

internal sealed class ExportRepliesHandler(IMediator mediator) : IQueryHandler<ExportReplies, byte[]>
{
    private static readonly string[] Headers = ["Prénom", "Nom", "Structure", "Secteur", "Commune", "Réponse", "Répondu le (heure de Paris)", "Présent·e"];

    public async ValueTask<byte[]> Handle(ExportReplies query, CancellationToken cancellationToken)
    {
        var replies = await mediator.Send(new ListReplies.ListReplies(query.MeetingId), cancellationToken);
        return await ExcelCsv.WriteAsync(Headers, replies.Members.Select(Row), cancellationToken);
    }

    private static string[] Row(MemberReplyView m) =>
    [
        m.FirstName, m.LastName, m.Organisation, m.Sector == Sector.LocalDevelopment ? "Développement local" : "Action sociale", m.CommuneName,
        m.Response switch
        {
            RsvpResponse.InPerson => "En présentiel",
            RsvpResponse.Remote => "À distance",
            RsvpResponse.Absent => "Absent·e",
            _ => "Sans réponse",
        },
        m.AnsweredAt is { } at ? ParisTime.ToLocal(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "",
        m.Present switch
        {
            true => "oui",
            false => "non",
            null => "",
        },
    ];
}

internal static class ExportRepliesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings/{meetingId:guid}/replies.csv", async (Guid meetingId, IMediator mediator, CancellationToken ct) =>
                TypedResults.File(await mediator.Send(new ExportReplies(meetingId), ct), "text/csv; charset=utf-8", $"reponses-{meetingId:N}.csv"))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Exporter les réponses à une réunion (CSV pour Excel)")
            .WithDescription("Une ligne par membre : réponse, date de réponse, présence. UTF-8 avec BOM, séparateur « ; », s'ouvre directement dans Excel en français.")
            .Produces(200, contentType: "text/csv")
            .ProducesClientErrors(401, 403, 404);
}
