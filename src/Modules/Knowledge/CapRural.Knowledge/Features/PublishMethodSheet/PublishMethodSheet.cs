using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CapRural.Knowledge.Features.PublishMethodSheet;

public sealed record PublishMethodSheet(Guid SheetId) : ICommand<SheetView>;

internal sealed class PublishMethodSheetHandler(
    KnowledgeDbContext db, ISheetSearch search, TimeProvider clock, PublicListCache publicList, IOptions<KnowledgeOptions> options)
    : ICommandHandler<PublishMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(PublishMethodSheet command, CancellationToken cancellationToken)
    {
        var sheet = await db.FindSheetAsync(command.SheetId, cancellationToken);
        await db.PublishAsync(sheet, search, options.Value, clock.GetUtcNow(), cancellationToken);
        await db.SaveSheetAsync(cancellationToken);
        publicList.Invalidate();
        return SheetView.From(sheet);
    }
}

internal static class PublishMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/method-sheets/{sheetId:guid}/publish", async (Guid sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishMethodSheet(sheetId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Publier la fiche relue")
            .WithDescription("En relecture → publiée. Chaque publication crée une révision numérotée et immuable qui remplace " +
                "la précédente dans l'API partenaires ; le slug est figé dès la première publication.")
            .ProducesClientErrors(401, 403, 404, 409);
}
