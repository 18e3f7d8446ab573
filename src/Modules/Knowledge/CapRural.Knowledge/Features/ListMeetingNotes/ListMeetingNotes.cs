using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ListMeetingNotes;

/// <summary>The comptes rendus of meetings held, the latest meeting first.</summary>
public sealed record ListMeetingNotes(PageRequest Paging, MeetingNoteStatus? Status) : IQuery<PagedResult<MeetingNoteView>>, IPagedQuery;

internal sealed class ListMeetingNotesValidator : PagedQueryValidator<ListMeetingNotes>;

internal sealed class ListMeetingNotesHandler(KnowledgeDbContext db) : IQueryHandler<ListMeetingNotes, PagedResult<MeetingNoteView>>
{
    public async ValueTask<PagedResult<MeetingNoteView>> Handle(ListMeetingNotes query, CancellationToken cancellationToken)
    {
        var notes = db.MeetingNotes.AsNoTracking();
        if (query.Status is { } status)
        {
            notes = notes.Where(n => n.Status == status);
        }

        var page = await notes.OrderByDescending(n => n.StartsAtUtc).ThenBy(n => n.Id).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<MeetingNoteView>([.. page.Items.Select(MeetingNoteView.From)], page.Page, page.PageSize, page.Total);
    }
}

internal static class ListMeetingNotesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meeting-notes", async (IMediator mediator, CancellationToken ct, string? status, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListMeetingNotes(new PageRequest(page, pageSize), QueryValues.Enum<MeetingNoteStatus>(status, "status")), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les comptes rendus des réunions tenues")
            .WithDescription("Chaque réunion dont le compte rendu a été enregistré donne un compte rendu à transformer en fiche méthode ; " +
                "la réunion la plus récente d'abord. Filtre `status` : pending (à transformer), drafted (fiche déjà créée).")
            .ProducesClientErrors(401, 403, 422);
}
