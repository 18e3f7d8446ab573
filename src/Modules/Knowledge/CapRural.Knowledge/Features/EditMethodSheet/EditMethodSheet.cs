using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.EditMethodSheet;

public sealed record EditMethodSheet(
    string? Title,
    string? Summary,
    string? Body,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Authors,
    string? Licence,
    Guid? SourceMeetingId) : ICommand<SheetView>, ISheetFields
{
    [JsonIgnore]
    public Guid SheetId { get; init; }
}

internal sealed class EditMethodSheetValidator : SheetFieldsValidator<EditMethodSheet>;

internal sealed class EditMethodSheetHandler(KnowledgeDbContext db, TimeProvider clock) : ICommandHandler<EditMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(EditMethodSheet command, CancellationToken cancellationToken)
    {
        var sheet = await db.FindSheetAsync(command.SheetId, cancellationToken);
        var content = command.ToContent();
        var slug = sheet.SlugIsFixed ? sheet.Slug : await db.FreeSlugAsync(content.Title, sheet.Id, cancellationToken);
        sheet.Edit(content, slug, clock.GetUtcNow());
        await db.SaveSheetAsync(cancellationToken);

        return SheetView.From(sheet);
    }
}

internal static class EditMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/method-sheets/{sheetId:guid}", async (Guid sheetId, EditMethodSheet command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { SheetId = sheetId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Modifier une fiche méthode")
            .WithDescription("Tous les champs sont renvoyés. Modifier une fiche publiée prépare sa révision suivante (statut `draft`) : " +
                "la révision publiée reste en ligne jusqu'à la prochaine publication. Le slug suit le titre tant que la fiche n'a jamais été publiée, " +
                "puis ne change plus. Une fiche archivée n'est plus modifiable (409).")
            .WithRequestExample(SheetExamples.DiagnosticPartage)
            .WithBodySizeLimit(SheetLimits.RequestBytes)
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
