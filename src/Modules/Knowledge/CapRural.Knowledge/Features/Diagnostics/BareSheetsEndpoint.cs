using CapRural.BuildingBlocks.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Knowledge.Features.Diagnostics;

/// <summary>
/// The baseline of <c>build/load/public-sheets.sh</c>: the public list's answer to the query of the
/// first call (same parameters as the list), read once through the real query, then served from
/// memory by the bare framework for every call, whatever its parameters, so a load that varies the
/// query costs the baseline nothing more. A call carrying <c>If-None-Match</c> gets 200 with an empty
/// body: the framework's cost of the list's 304 on the same URL. Mapped only when
/// <c>Diagnostics:BareEndpoint=true</c>, which only the load script sets; absent from OpenAPI.
/// </summary>
internal static class BareSheetsEndpoint
{
    public const string Flag = "Diagnostics:BareEndpoint";

    public static void Map(IEndpointRouteBuilder api)
    {
        byte[]? captured = null;
        api.MapGet("/diagnostics/bare-method-sheets", async (HttpContext http, IMediator mediator, CancellationToken ct,
                string? theme, string? q, DateTimeOffset? updatedSince, string? after, int page = 1, int pageSize = PageRequest.DefaultSize) =>
            {
                if (captured is null)
                {
                    var answer = await mediator.Send(new ListPublicSheets.ListPublicSheets(new PageRequest(page, pageSize), theme, q, updatedSince, after), ct);
                    captured = answer.Page().Body;
                }

                return http.Request.Headers.IfNoneMatch.Count > 0 ? Results.Ok() : Results.Bytes(captured, "application/json; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
