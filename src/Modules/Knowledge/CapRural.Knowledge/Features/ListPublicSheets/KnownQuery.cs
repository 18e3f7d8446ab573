namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// A query string already validated and normalised into its <see cref="Key"/>, with the ETag of its
/// answer in the last version it was asked in: a partner polling an unchanged list gets its 304
/// without the key being hashed again.
/// </summary>
internal sealed class KnownQuery(PublicListKey key)
{
    private VersionedETag? _etag;

    public PublicListKey Key => key;

    public string ETagAt(long version)
    {
        if (Volatile.Read(ref _etag) is { } known && known.Version == version)
        {
            return known.Value;
        }

        var etag = PublicListCache.ETagOf(version, key);
        Volatile.Write(ref _etag, new VersionedETag(version, etag));
        return etag;
    }

    private sealed record VersionedETag(long Version, string Value);
}
