using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PlatformJson = CapRural.BuildingBlocks.Serialization.Json;

namespace CapRural.Knowledge.Features.Public;

/// <summary>
/// Answers with a strong ETag taken from the bytes themselves, so it is right whatever changed,
/// and 304 without a body when the partner already holds them.
/// </summary>
internal static class ConditionalGet
{
    /// <summary>A 304 has no body and no state: one result serves every request.</summary>
    public static readonly IResult NotModified = Results.StatusCode(StatusCodes.Status304NotModified);

    public static IResult Json(HttpContext http, object value, DateTimeOffset? lastModified, string? etag = null) =>
        Bytes(http, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), PlatformJson.Options), "application/json; charset=utf-8", lastModified, etag);

    /// <summary>
    /// Answers <paramref name="body"/>, or 304 when the caller holds it. <paramref name="etag"/> is
    /// taken from the bytes unless the caller names a version that stands for them.
    /// </summary>
    public static IResult Bytes(HttpContext http, byte[] body, string contentType, DateTimeOffset? lastModified, string? etag = null)
    {
        etag ??= "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 16) + "\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        // Partners may cache, but must ask again each time; the ETag makes asking cheap.
        headers.CacheControl = "public, no-cache";
        if (lastModified is { } modified)
        {
            headers.LastModified = modified.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
        }

        return Matches(http.Request, etag) ? NotModified : Results.Bytes(body, contentType);
    }

    /// <summary>True when the caller already holds <paramref name="etag"/>; the headers of the 304 are then set.</summary>
    public static bool IsFresh(HttpContext http, string etag)
    {
        if (!Matches(http.Request, etag))
        {
            return false;
        }

        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, no-cache";
        return true;
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        // What a client sends back most of the time: the ETag it was given, as it was given.
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 1 && string.Equals(ifNoneMatch[0], etag, StringComparison.Ordinal))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        // If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
