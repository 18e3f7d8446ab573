using CapRural.BuildingBlocks.Http;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ExportArchive;

/// <summary>Every sheet online with all its published revisions, as a zip a partner can re-host as it is.</summary>
public sealed record ExportArchive : IQuery<byte[]>;

internal sealed class ExportArchiveHandler(KnowledgeDbContext db) : IQueryHandler<ExportArchive, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportArchive query, CancellationToken cancellationToken)
    {
        var online = await db.PublicSheets.AsNoTracking().Where(s => !s.Deleted).OrderBy(s => s.Slug).ToListAsync(cancellationToken);
        var onlineIds = online.Select(s => s.SheetId).ToList();
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => onlineIds.Contains(r.SheetId))
            .OrderBy(r => r.SheetId).ThenBy(r => r.Number)
            .ToListAsync(cancellationToken);
        var bySheet = revisions.ToLookup(r => r.SheetId);
        return SheetArchive.Write([.. online.Select(s => (s, (IReadOnlyList<SheetRevision>)[.. bySheet[s.SheetId]]))]);
    }
}

internal static class ExportArchiveEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/method-sheets/archive.zip", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var zip = await mediator.Send(new ExportArchive(), ct);
                http.Response.Headers.ContentDisposition = "attachment; filename=\"caprural-fiches-methode.zip\"";
                return ConditionalGet.Bytes(http, zip, "application/zip", null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Archive de toutes les fiches méthode publiées (zip)")
            .WithDescription("Pour chaque fiche en ligne : `fiche.md` (Markdown avec ses métadonnées en en-tête), `fiche.html` (HTML assaini), " +
                "`LICENCE.txt` et toutes ses révisions publiées dans `revisions/`. À la racine, `index.json` et `LISEZMOI.md`. " +
                "L'archive se réhéberge telle quelle, dans le respect de la licence de chaque fiche. `ETag` / `If-None-Match` → 304.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesClientErrors(429);
}
