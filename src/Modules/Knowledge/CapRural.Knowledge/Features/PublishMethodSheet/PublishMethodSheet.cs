using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.PublishMethodSheet;

public sealed record PublishMethodSheet(Guid SheetId) : ICommand<SheetView>;

internal sealed class PublishMethodSheetHandler(KnowledgeDbContext db, ISheetSearch search, TimeProvider clock, PublicListCache publicList)
    : ICommandHandler<PublishMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(PublishMethodSheet command, CancellationToken cancellationToken)
    {
        var sheet = await db.FindSheetAsync(command.SheetId, cancellationToken);
        var (revision, published) = sheet.Publish(clock.GetUtcNow());
        db.Revisions.Add(revision);

        var online = await db.PublicSheets.FirstOrDefaultAsync(p => p.SheetId == sheet.Id, cancellationToken);
        if (online is null)
        {
            online = PublicSheet.For(sheet.Id);
            db.PublicSheets.Add(online);
        }

        // The revision, what partners read and the event commit together: a partner never sees a
        // revision that the history does not hold.
        online.Show(revision, sheet.Kind, sheet.FirstPublishedAt!.Value, SafeHtml.Render(revision.Body), search.IndexText(revision));
        db.Publish(published);
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
