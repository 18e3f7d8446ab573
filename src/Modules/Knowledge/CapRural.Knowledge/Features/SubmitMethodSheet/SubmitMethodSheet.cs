using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.SubmitMethodSheet;

public sealed record SubmitMethodSheet(Guid SheetId) : ICommand<SheetView>;

internal sealed class SubmitMethodSheetHandler(KnowledgeDbContext db, TimeProvider clock) : ICommandHandler<SubmitMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(SubmitMethodSheet command, CancellationToken cancellationToken)
    {
        var sheet = await db.FindSheetAsync(command.SheetId, cancellationToken);
        sheet.Submit(clock.GetUtcNow());
        await db.SaveSheetAsync(cancellationToken);
        return SheetView.From(sheet);
    }
}

internal static class SubmitMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/method-sheets/{sheetId:guid}/submit", async (Guid sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SubmitMethodSheet(sheetId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Soumettre une fiche en relecture")
            .WithDescription("Brouillon → en relecture. Le résumé et le contenu doivent être remplis (422 sinon) ; " +
                "depuis un autre statut, 409 avec la raison.")
            .ProducesClientErrors(401, 403, 404, 409, 422);
}
