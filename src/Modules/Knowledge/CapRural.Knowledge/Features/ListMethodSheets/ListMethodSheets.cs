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

namespace CapRural.Knowledge.Features.ListMethodSheets;

/// <summary>Every sheet whatever its status, last edited first: the coordinator's desk.</summary>
public sealed record ListMethodSheets(PageRequest Paging, SheetStatus? Status) : IQuery<PagedResult<SheetView>>, IPagedQuery;

internal sealed class ListMethodSheetsValidator : PagedQueryValidator<ListMethodSheets>;

internal sealed class ListMethodSheetsHandler(KnowledgeDbContext db) : IQueryHandler<ListMethodSheets, PagedResult<SheetView>>
{
    public async ValueTask<PagedResult<SheetView>> Handle(ListMethodSheets query, CancellationToken cancellationToken)
    {
        var sheets = db.Sheets.AsNoTracking();
        if (query.Status is { } status)
        {
            sheets = sheets.Where(s => s.Status == status);
        }

        var page = await sheets.OrderByDescending(s => s.EditedAt).ThenBy(s => s.Id).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<SheetView>([.. page.Items.Select(SheetView.From)], page.Page, page.PageSize, page.Total);
    }
}

internal static class ListMethodSheetsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/method-sheets", async (IMediator mediator, CancellationToken ct, string? status, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListMethodSheets(new PageRequest(page, pageSize), QueryValues.Enum<SheetStatus>(status, "status")), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les fiches méthode (tous statuts)")
            .WithDescription("Les dernières modifiées d'abord ; filtre `status` : draft, inReview, published, archived.")
            .ProducesClientErrors(401, 403, 422);
}
