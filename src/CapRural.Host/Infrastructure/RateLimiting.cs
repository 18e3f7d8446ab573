using System.Globalization;
using System.Threading.RateLimiting;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CapRural.Host.Infrastructure;

/// <summary>Configuration section "RateLimits": requests per minute per client address.</summary>
internal sealed class RateLimitOptions
{
    public int PublicWritesPerMinute { get; set; } = 20;

    public int PublicReadsPerMinute { get; set; } = 300;

    public int PartnerReadsPerMinute { get; set; } = 3000;
}

internal static class RateLimiting
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // One budget per address and per route: applicants behind one proxy who apply, ask for
            // a lost link and confirm a place do not use up each other's allowance.
            options.AddPolicy(RateLimits.PublicWrite, context =>
                Partition(context, ClientKey(context) + " " + RouteTemplate.Of(context), Limits(context).PublicWritesPerMinute));
            options.AddPolicy(RateLimits.PublicRead, context => context.User.IsInRole(Roles.Partner) || context.User.IsInRole(Roles.Coordinator)
                ? Partition(context, "key:" + context.User.ApiKeyId(), Limits(context).PartnerReadsPerMinute)
                : Partition(context, ClientKey(context), Limits(context).PublicReadsPerMinute));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = Localized.Pick("Trop de requêtes", "Too many requests"),
                        Detail = Localized.Pick(
                            $"Réessayez dans {Math.Ceiling(retryAfter.TotalSeconds)} secondes.",
                            $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds."),
                    },
                });
            };
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    private static string ClientKey(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static RateLimitPartition<string> Partition(HttpContext context, string key, int permitsPerMinute)
    {
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(key, _ => new WindowLimiter(Math.Max(1, permitsPerMinute), TimeSpan.FromMinutes(1), clock));
    }
}
