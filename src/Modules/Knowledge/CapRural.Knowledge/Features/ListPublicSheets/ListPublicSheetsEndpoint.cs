using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Features.Public;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Features.ListPublicSheets;

internal static class ListPublicSheetsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/method-sheets", async (HttpContext http, IMediator mediator, PublicListCache cache, CancellationToken ct,
                string? theme, string? q, DateTimeOffset? updatedSince, string? after,
                int page = 1, int pageSize = PageRequest.DefaultSize) =>
            {
                // The ETag names the list's version and the query; a partner that holds them gets its 304
                // before the page is read at all.
                var generation = cache.Generation;
                if (!cache.TryGetVersion(out var version))
                {
                    version = await mediator.Send(new PublicListVersion(), ct);
                    cache.StoreVersion(version, generation);
                }

                var etag = ETagOf(version, http.Request.QueryString.Value);
                if (ConditionalGet.IsFresh(http, etag))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                if (!cache.TryGetPage(etag, out var cached))
                {
                    var answer = await mediator.Send(new ListPublicSheets(new PageRequest(page, pageSize), theme, q, updatedSince, after), ct);
                    var lastModified = answer.Items.Count > 0 ? answer.Items.Max(i => i.UpdatedAt) : (DateTimeOffset?)null;
                    cached = new CachedPage(JsonSerializer.SerializeToUtf8Bytes(answer, PlatformJson.Options), lastModified);
                    cache.StorePage(etag, cached, generation);
                }

                return ConditionalGet.Bytes(http, cached.Body, "application/json; charset=utf-8", cached.LastModified, etag);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Fiches méthode publiées (API partenaires)")
            .WithDescription("Les fiches en ligne, dans l'ordre de mise à jour (`updatedAt`, puis `slug`), avec le Markdown et le HTML assaini. " +
                "Filtres : `theme` (sans tenir compte des accents), `q` (texte intégral : `ecole` trouve « école »). " +
                "Synchronisation incrémentale : `updatedSince` (inclus) ou `after` (la valeur `nextCursor` de la réponse précédente, " +
                "recommandé : aucune fiche manquée ni répétée) ; ces réponses contiennent aussi les pierres tombales " +
                "`{ slug, deleted: true, updatedAt }` des fiches archivées. Réponse avec `ETag` et `Last-Modified` ; " +
                "`If-None-Match` donne 304 quand rien n'a changé. Les clés partenaires ont une limite de débit plus haute.")
            .Produces<PublicSheetPage>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesClientErrors(400, 422, 429);

    private static string ETagOf(long version, string? query)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{version}|{query}");
        return "\"v" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16) + "\"";
    }
}
