using CapRural.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace CapRural.Host.Infrastructure;

/// <summary>
/// Headers every answer carries. <c>nosniff</c> always: a browser must never guess a type from
/// content someone typed. <c>no-store</c> on everything but anonymous reads without a private
/// token: applications, rosters, CSV exports, API keys and calendars must not stay in a shared or
/// browser cache. One rule, so a new endpoint cannot forget it.
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    private static readonly string[] CredentialHeaders =
        [Credentials.ApiKeyHeader, Credentials.ApplicationTokenHeader, Credentials.MemberTokenHeader];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (!IsPublicRead(context))
            {
                headers.CacheControl = "no-store";
                headers.Remove(HeaderNames.Pragma);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsPublicRead(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            return false;
        }

        if (CredentialHeaders.Any(h => request.Headers.ContainsKey(h)))
        {
            return false;
        }

        // A private link (calendar feed, confirmation) carries its secret in the route or the query.
        return !request.RouteValues.Keys.Any(IsToken) && !request.Query.Keys.Any(IsToken);
    }

    private static bool IsToken(string name) => name.Contains("token", StringComparison.OrdinalIgnoreCase);
}
