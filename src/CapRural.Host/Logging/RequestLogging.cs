using Serilog;
using Serilog.Events;

namespace CapRural.Host.Logging;

/// <summary>
/// One line per request, naming the route template rather than the raw path: a private token
/// carried in a URL (confirmation links, calendar feeds) never reaches the logs.
/// </summary>
internal static class RequestLogging
{
    public static IApplicationBuilder UsePlatformRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetMessageTemplateProperties = (http, _, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(RouteOf(http))),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ]);

    public static string RouteOf(HttpContext http) => CapRural.BuildingBlocks.Http.RouteTemplate.Of(http);
}
