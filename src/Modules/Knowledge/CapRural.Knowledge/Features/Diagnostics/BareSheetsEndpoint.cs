using System.Text.Json;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Features.ListPublicSheets;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Features.Diagnostics;

/// <summary>
/// The baseline of <c>build/load/public-sheets.sh</c>: the first page of the public list (20 sheets),
/// read once through the real query, then served from memory by the bare framework. Mapped only
/// when <c>Diagnostics:BareEndpoint=true</c>, which only the load script sets; absent from OpenAPI.
/// </summary>
internal static class BareSheetsEndpoint
{
    public const string Flag = "Diagnostics:BareEndpoint";

    public static void Map(IEndpointRouteBuilder api)
    {
        byte[]? captured = null;
        api.MapGet("/diagnostics/bare-method-sheets", async (IMediator mediator, CancellationToken ct) =>
            {
                if (captured is null)
                {
                    var page = await mediator.Send(new ListPublicSheets.ListPublicSheets(new PageRequest(), null, null, null, null), ct);
                    captured = JsonSerializer.SerializeToUtf8Bytes(page, PlatformJson.Options);
                }

                return Results.Bytes(captured, "application/json; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
