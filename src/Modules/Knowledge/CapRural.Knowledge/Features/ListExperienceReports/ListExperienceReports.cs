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

namespace CapRural.Knowledge.Features.ListExperienceReports;

public sealed record ListExperienceReports(PageRequest Paging, ExperienceReportStatus? Status)
    : IQuery<PagedResult<ExperienceReportView>>, IPagedQuery;

internal sealed class ListExperienceReportsValidator : PagedQueryValidator<ListExperienceReports>;

internal sealed class ListExperienceReportsHandler(KnowledgeDbContext db)
    : IQueryHandler<ListExperienceReports, PagedResult<ExperienceReportView>>
{
    public async ValueTask<PagedResult<ExperienceReportView>> Handle(ListExperienceReports query, CancellationToken cancellationToken)
    {
        var reports = db.ExperienceReports.AsNoTracking();
        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        var page = await reports.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<ExperienceReportView>([.. page.Items.Select(ExperienceReportView.From)], page.Page, page.PageSize, page.Total);
    }
}

internal static class ListExperienceReportsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/experience-reports", async (IMediator mediator, CancellationToken ct, string? status, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListExperienceReports(new PageRequest(page, pageSize), QueryValues.Enum<ExperienceReportStatus>(status, "status")), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les retours d'expérience")
            .WithDescription("Les plus récents d'abord. Filtre `status` : pending (à modérer), accepted (publiés), rejected (refusés). " +
                "`publishAuthorName` dit si l'auteur a choisi d'être nommé sur la fiche publiée.")
            .ProducesClientErrors(401, 403, 422);
}
