using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.GetMethodSheet;

public sealed record GetMethodSheet(Guid SheetId) : IQuery<SheetView>;

internal sealed class GetMethodSheetHandler(KnowledgeDbContext db) : IQueryHandler<GetMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(GetMethodSheet query, CancellationToken cancellationToken) =>
        SheetView.From(await db.FindSheetAsync(query.SheetId, cancellationToken));
}

internal static class GetMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/method-sheets/{sheetId:guid}", async (Guid sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMethodSheet(sheetId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Une fiche méthode, version de travail")
            .WithDescription("La version de travail, son statut et le numéro de la révision en ligne (`publishedRevision`, 0 avant la première publication).")
            .ProducesClientErrors(401, 403, 404);
}
