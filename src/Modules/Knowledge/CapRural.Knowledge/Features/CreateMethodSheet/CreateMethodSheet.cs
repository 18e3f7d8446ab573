using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.CreateMethodSheet;

public sealed record CreateMethodSheet(
    string? Title,
    string? Summary,
    string? Body,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Authors,
    string? Licence,
    Guid? SourceMeetingId) : ICommand<SheetView>, ISheetFields;

internal sealed class CreateMethodSheetValidator : SheetFieldsValidator<CreateMethodSheet>;

internal sealed class CreateMethodSheetHandler(KnowledgeDbContext db, TimeProvider clock) : ICommandHandler<CreateMethodSheet, SheetView>
{
    public async ValueTask<SheetView> Handle(CreateMethodSheet command, CancellationToken cancellationToken)
    {
        var content = command.ToContent();
        var sheet = MethodSheet.Create(content, await db.FreeSlugAsync(content.Title, null, cancellationToken), clock.GetUtcNow());
        db.Sheets.Add(sheet);
        await db.SaveSheetAsync(cancellationToken);

        return SheetView.From(sheet);
    }
}

internal static class CreateMethodSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/method-sheets", async (CreateMethodSheet command, IMediator mediator, CancellationToken ct) =>
            {
                var sheet = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/method-sheets/{sheet.SheetId}", sheet);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Créer une fiche méthode (brouillon)")
            .WithDescription("Seul le titre est obligatoire pour un brouillon. Les thèmes du vocabulaire de l'appel (alimentation, mobilité, " +
                "petite enfance…) sont reconnus sans tenir compte des accents ; les autres sont gardés comme étiquettes libres. " +
                "La licence par défaut est CC BY-SA 4.0. Le slug est tiré du titre, sans accents, suffixé -2, -3… s'il est déjà pris.")
            .WithRequestExample(SheetExamples.DiagnosticPartage)
            .WithBodySizeLimit(SheetLimits.RequestBytes)
            .ProducesClientErrors(400, 401, 403, 409, 413, 422);
}
