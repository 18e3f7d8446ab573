using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.GetPublicSheet;

public sealed record GetPublicSheet(string Slug) : IQuery<PublicSheetView>;

internal sealed class GetPublicSheetHandler(KnowledgeDbContext db) : IQueryHandler<GetPublicSheet, PublicSheetView>
{
    public async ValueTask<PublicSheetView> Handle(GetPublicSheet query, CancellationToken cancellationToken)
    {
        var sheet = await db.PublicSheets.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == query.Slug, cancellationToken);
        if (sheet is null || sheet.Deleted)
        {
            // Drafts have no public row at all: their existence is not revealed.
            throw new NotFoundException(sheet is null
                ? Localized.Pick("Fiche méthode introuvable.", "Method sheet not found.")
                : Localized.Pick("Cette fiche méthode a été retirée.", "This method sheet was withdrawn."));
        }

        return PublicSheetView.From(sheet);
    }
}

internal static class GetPublicSheetEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/method-sheets/{slug}", async (string slug, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var sheet = await mediator.Send(new GetPublicSheet(slug), ct);
                return ConditionalGet.Json(http, sheet, sheet.UpdatedAt);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Une fiche méthode publiée, par son slug")
            .WithDescription("La révision en ligne : Markdown (`body`), HTML assaini prêt à intégrer (`html`), `revision`, " +
                "`publishedAt` (première publication), `updatedAt`. `ETag` / `If-None-Match` → 304. Une fiche archivée répond 404.")
            .Produces<PublicSheetView>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesClientErrors(404, 429);
}
