using System.Text;
using Microsoft.Net.Http.Headers;

namespace CapRural.Host.Infrastructure;

/// <summary>
/// A body declared in a character set nobody knows (<c>charset=nonsense</c>) cannot be read: a
/// 415 saying so, rather than the reader's failure surfacing as a 500.
/// </summary>
internal sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue && !IsKnown(type.Charset.Value!))
        {
            throw new BadHttpRequestException("Unknown request charset", StatusCodes.Status415UnsupportedMediaType);
        }

        return next(context);
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
