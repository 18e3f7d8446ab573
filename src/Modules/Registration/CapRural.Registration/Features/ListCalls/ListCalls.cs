using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.ListCalls;

/// <summary>Published and closed calls, newest first; the coordinator also sees drafts.</summary>
public sealed record ListCalls(PageRequest Paging, bool IncludeDrafts) : IQuery<PagedResult<CallView>>, IPagedQuery;

internal sealed class ListCallsValidator : PagedQueryValidator<ListCalls>;

internal sealed class ListCallsHandler(RegistrationDbContext db, TimeProvider clock) : IQueryHandler<ListCalls, PagedResult<CallView>>
{
    public async ValueTask<PagedResult<CallView>> Handle(ListCalls query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calls = db.Calls.AsNoTracking();
        if (!query.IncludeDrafts)
        {
            calls = calls.Where(c => c.Status != CallStatus.Draft);
        }

        var page = await calls.OrderByDescending(c => c.OpensAt).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<CallView>([.. page.Items.Select(c => CallView.From(c, now))], page.Page, page.PageSize, page.Total);
    }
}

internal static class ListCallsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls", async (HttpContext http, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(new ListCalls(new PageRequest(page, pageSize), http.User.IsCoordinator()), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Lister les appels publiés")
            .WithDescription("Les appels publiés ou clos, les plus récents d'abord ; `isOpen` indique s'ils reçoivent des candidatures en ce moment. " +
                "Avec une clé de coordination, les brouillons apparaissent aussi.")
            .ProducesClientErrors(422);
}
