using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.DraftSheetFromNote;

/// <summary>Turns a meeting's compte rendu into a method sheet draft, once.</summary>
public sealed record DraftSheetFromNote(Guid NoteId) : ICommand<SheetView>;

internal sealed class DraftSheetFromNoteHandler(KnowledgeDbContext db, TimeProvider clock) : ICommandHandler<DraftSheetFromNote, SheetView>
{
    public async ValueTask<SheetView> Handle(DraftSheetFromNote command, CancellationToken cancellationToken)
    {
        var note = await db.FindNoteAsync(command.NoteId, cancellationToken);
        var now = clock.GetUtcNow();
        var content = MeetingNoteSheet.Content(note);
        var sheet = MethodSheet.Create(content, await db.FreeSlugAsync(content.Title, null, cancellationToken), now);
        note.MarkDrafted(sheet.Id, now);
        db.Sheets.Add(sheet);
        // The note's version guards the race: of two requests for the same note, the second gets a 409.
        await db.SaveSheetAsync(cancellationToken);
        return SheetView.From(sheet);
    }
}

internal static class DraftSheetFromNoteEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/meeting-notes/{noteId:guid}/draft-sheet", async (Guid noteId, IMediator mediator, CancellationToken ct) =>
            {
                var sheet = await mediator.Send(new DraftSheetFromNote(noteId), ct);
                return TypedResults.Created($"/api/method-sheets/{sheet.SheetId}", sheet);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Tirer une fiche méthode (brouillon) d'un compte rendu")
            .WithDescription("Crée un brouillon de fiche méthode : le titre de la réunion, le compte rendu en contenu, ses thèmes, " +
                "le groupe comme auteur, et `sourceMeetingId` renseigné. Une seule fois par compte rendu : 409 ensuite, " +
                "la fiche existante se modifie par PUT /api/method-sheets/{id}.")
            .ProducesClientErrors(401, 403, 404, 409);
}
