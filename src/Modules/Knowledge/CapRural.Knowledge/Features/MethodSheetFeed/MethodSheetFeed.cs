using CapRural.BuildingBlocks.Http;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.Public;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.MethodSheetFeed;

/// <summary>The latest published sheets, newest first, for the Atom feed.</summary>
public sealed record LatestPublicSheets(int Count) : IQuery<IReadOnlyList<FeedEntry>>;

/// <summary>What an Atom entry shows of a sheet.</summary>
public sealed record FeedEntry(
    Guid SheetId,
    string Slug,
    string Title,
    string Summary,
    string Html,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Authors,
    string Licence,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt);

internal sealed class LatestPublicSheetsHandler(KnowledgeDbContext db) : IQueryHandler<LatestPublicSheets, IReadOnlyList<FeedEntry>>
{
    public async ValueTask<IReadOnlyList<FeedEntry>> Handle(LatestPublicSheets query, CancellationToken cancellationToken)
    {
        var sheets = await db.PublicSheets.AsNoTracking()
            .Where(s => !s.Deleted)
            .OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Slug)
            .Take(query.Count)
            .ToListAsync(cancellationToken);
        return [.. sheets.Select(ToEntry)];
    }

    private static FeedEntry ToEntry(PublicSheet s) =>
        new(s.SheetId, s.Slug, s.Title, s.Summary, s.Html, s.Themes, s.Authors, s.Licence, s.PublishedAt, s.UpdatedAt);
}

internal static class MethodSheetFeedEndpoint
{
    private const int EntryCount = 50;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/method-sheets.atom", async (HttpContext http, IMediator mediator, TimeProvider clock,
                Microsoft.Extensions.Options.IOptions<PlatformOptions> platform, CancellationToken ct) =>
            {
                var entries = await mediator.Send(new LatestPublicSheets(EntryCount), ct);
                var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/public/method-sheets.atom";
                var feed = AtomFeed.Write(entries, self, platform.Value.WebsiteBaseUrl, clock.GetUtcNow());
                var updated = entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : (DateTimeOffset?)null;
                return ConditionalGet.Bytes(http, feed, "application/atom+xml; charset=utf-8", updated);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Flux Atom des fiches méthode")
            .WithDescription("Les 50 dernières fiches publiées ou mises à jour, au format Atom 1.0 (RFC 4287), avec le HTML assaini " +
                "de chaque fiche, ses thèmes en catégories et sa licence. `ETag` / `If-None-Match` → 304.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesClientErrors(429);
}
