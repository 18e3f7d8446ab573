using CapRural.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CapRural.Host.Infrastructure;

/// <summary>Enforces an endpoint's <see cref="BodySizeLimit"/>: 413 before the body is read.</summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>();
        if (limit is not null)
        {
            if (context.Request.ContentLength > limit.Bytes)
            {
                throw new BadHttpRequestException("Request body too large", StatusCodes.Status413PayloadTooLarge);
            }

            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit.Bytes;
            }
        }

        return next(context);
    }
}
