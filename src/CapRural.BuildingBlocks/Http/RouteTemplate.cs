using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.BuildingBlocks.Http;

/// <summary>
/// The route a request matched, as its template (<c>/api/selection/confirmations/{token}</c>):
/// what logs name instead of the raw path, because private tokens travel in some paths.
/// </summary>
public static class RouteTemplate
{
    public static string Of(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText ?? "(route)" : "(no route)";
}
