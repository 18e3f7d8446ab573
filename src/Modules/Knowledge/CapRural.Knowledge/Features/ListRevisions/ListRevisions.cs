using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ListRevisions;

/// <summary>One published revision, exactly as it went online.</summary>
public sealed record RevisionView(
    int Revision,
    string Slug,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Authors,
    string Licence,
    DateTimeOffset PublishedAt);

public sealed record ListRevisions(Guid SheetId) : IQuery<IReadOnlyList<RevisionView>>;

internal sealed class ListRevisionsHandler(KnowledgeDbContext db) : IQueryHandler<ListRevisions, IReadOnlyList<RevisionView>>
{
    public async ValueTask<IReadOnlyList<RevisionView>> Handle(ListRevisions query, CancellationToken cancellationToken)
    {
        if (!await db.Sheets.AnyAsync(s => s.Id == query.SheetId, cancellationToken))
        {
            throw new NotFoundException(Localized.Pick("Fiche méthode introuvable.", "Method sheet not found."));
        }

        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.SheetId == query.SheetId)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        return [.. revisions.Select(r => new RevisionView(r.Number, r.Slug, r.Title, r.Summary, r.Body, r.Themes, r.Authors, r.Licence, r.PublishedAt))];
    }
}

internal static class ListRevisionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/method-sheets/{sheetId:guid}/revisions", async (Guid sheetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRevisions(sheetId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Historique des révisions publiées d'une fiche")
            .WithDescription("Les révisions publiées, la plus récente d'abord ; une liste vide tant que la fiche n'a jamais été publiée.")
            .ProducesClientErrors(401, 403, 404);
}
