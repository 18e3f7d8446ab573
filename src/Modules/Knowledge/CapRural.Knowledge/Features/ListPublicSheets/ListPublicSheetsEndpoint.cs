using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Features.Public;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.ListPublicSheets;

internal static class ListPublicSheetsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/method-sheets", async (HttpContext http, IMediator mediator, PublicListCache cache, CancellationToken ct,
                string? theme, string? q, DateTimeOffset? updatedSince, string? after,
                int page = 1, int pageSize = PageRequest.DefaultSize) =>
            {
                // The ETag names the list's version and the normalised query: a partner that holds it
                // gets its 304 before the page is written or looked up. A query string seen lately
                // skips its validation and normalisation, and the hashing of its ETag while the
                // version stays: together they cost more than the rest of a 304.
                var queryString = http.Request.QueryString.Value ?? "";
                PublicListAnswer answer;
                if (cache.TryGetKey(queryString, out var known))
                {
                    var snapshot = await cache.CurrentAsync(ct);
                    var etag = known.ETagAt(snapshot.Version);
                    if (ConditionalGet.IsFresh(http, etag))
                    {
                        return ConditionalGet.NotModified;
                    }

                    answer = cache.Answer(snapshot, known.Key, etag);
                }
                else
                {
                    answer = await mediator.Send(new ListPublicSheets(new PageRequest(page, pageSize), theme, q, updatedSince, after), ct);
                    cache.StoreKey(queryString, answer.Key);
                    if (ConditionalGet.IsFresh(http, answer.ETag))
                    {
                        return ConditionalGet.NotModified;
                    }
                }

                var cached = answer.Page();
                return ConditionalGet.Bytes(http, cached.Body, "application/json; charset=utf-8", cached.LastModified, answer.ETag);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Fiches méthode publiées (API partenaires)")
            .WithDescription("Les fiches en ligne, dans l'ordre de mise à jour (`updatedAt`, puis `slug`), avec le Markdown et le HTML assaini. " +
                "Filtres : `theme` (sans tenir compte des accents), `q` (texte intégral : `ecole` trouve « école »). " +
                "Synchronisation incrémentale : `updatedSince` (inclus) ou `after` (la valeur `nextCursor` de la réponse précédente, " +
                "recommandé : aucune fiche manquée ni répétée) ; ces réponses contiennent aussi les pierres tombales " +
                "`{ slug, deleted: true, updatedAt }` des fiches archivées. Réponse avec `ETag` et `Last-Modified` ; " +
                "`If-None-Match` donne 304 quand rien n'a changé. Les paramètres inconnus sont ignorés. Les clés partenaires ont une limite de débit plus haute.")
            .Produces<PublicSheetPage>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesClientErrors(400, 422, 429);
}
