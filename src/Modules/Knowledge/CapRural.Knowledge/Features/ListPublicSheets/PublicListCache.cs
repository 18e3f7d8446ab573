using System.Collections.Concurrent;
using System.Diagnostics;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// Keeps the public list's version (see <see cref="PublicListVersion"/>) and the pages already
/// written for it, so a partner's poll costs neither a query nor a serialisation. Publishing and
/// archiving in this process clear it at once; a change written by another process (the command
/// line) is seen within <see cref="MaxAge"/>. Pages are keyed by their ETag, which names the version:
/// a page of an older version can never be served for a newer one.
/// </summary>
internal sealed class PublicListCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private const int MaxPages = 256;

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private long _generation;
    private long? _version;
    private long _versionReadAt;

    /// <summary>Read before querying; a value stored with an older generation is dropped.</summary>
    public long Generation
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    public bool TryGetVersion(out long version)
    {
        lock (_gate)
        {
            if (_version is { } known && Stopwatch.GetElapsedTime(_versionReadAt) < MaxAge)
            {
                version = known;
                return true;
            }

            version = 0;
            return false;
        }
    }

    public void StoreVersion(long version, long generation)
    {
        lock (_gate)
        {
            if (generation != _generation)
            {
                return;
            }

            if (_version != version)
            {
                _pages.Clear();
            }

            _version = version;
            _versionReadAt = Stopwatch.GetTimestamp();
        }
    }

    public bool TryGetPage(string etag, out CachedPage page) => _pages.TryGetValue(etag, out page!);

    public void StorePage(string etag, CachedPage page, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation && _pages.Count < MaxPages)
            {
                _pages[etag] = page;
            }
        }
    }

    /// <summary>Called after a publication or an archiving is committed.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _version = null;
            _pages.Clear();
        }
    }
}

internal sealed record CachedPage(byte[] Body, DateTimeOffset? LastModified);
