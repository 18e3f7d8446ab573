using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ArchiveMethodSheet;

public sealed record ArchiveMethodSheet(Guid SheetId) : ICommand<SheetView>;

internal sealed class ArchiveMethodSheetHandler(KnowledgeDbContext db, TimeProvider clock, PublicListCache publicList) : ICommandHandler<ArchiveMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(ArchiveMethodSheet command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sheet = await db.FindSheetAsync(command.SheetId, cancellationToken);
        db.Publish(sheet.Archive(now));
        // Archive only accepts a sheet that was published, so its public row exists.
        var online = await db.PublicSheets.FirstAsync(p => p.SheetId == sheet.Id, cancellationToken);
        online.Withdraw(now);
        await db.SaveSheetAsync(cancellationToken);
        publicList.Invalidate();
        return SheetView.From(sheet);
    }
}

internal static class ArchiveMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/method-sheets/{sheetId:guid}/archive", async (Guid sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveMethodSheet(sheetId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Archiver une fiche publiée")
            .WithDescription("La fiche quitte l'API partenaires ; une synchronisation incrémentale (`updatedSince`) reçoit " +
                "une pierre tombale `{ slug, deleted: true, updatedAt }`. Ses révisions restent dans l'historique.")
            .ProducesClientErrors(401, 403, 404, 409);
}
