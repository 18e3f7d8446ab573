namespace CapRural.BuildingBlocks.Http;

/// <summary>Names of the rate-limit policies public endpoints choose from (configured by the host).</summary>
public static class RateLimits
{
    /// <summary>Anonymous writes (applications, "lost my link"): few per minute per client address.</summary>
    public const string PublicWrite = "public-write";

    /// <summary>Anonymous reads; partner keys get a higher allowance.</summary>
    public const string PublicRead = "public-read";
}

/// <summary>The largest request body an endpoint accepts; larger ones get 413.</summary>
public sealed record BodySizeLimit(long Bytes);
