using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// Holds the public list's <see cref="PublicListSnapshot"/> and the pages already written from it.
/// Publishing, archiving and amending in this process mark it stale at once; a change written by
/// another process (another instance, the command line) is seen within <see cref="MaxAge"/>: the
/// <see cref="PublicListVersion"/> is read from the database at most once per <see cref="MaxAge"/>,
/// by one request while the others wait, and the rows are read again only when it changed.
/// </summary>
internal sealed class PublicListCache(IServiceScopeFactory scopes, ISheetSearch search) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    // 128 pages of up to 100 sheets: some MB at most.
    private readonly RecentCache<CachedPage> _pages = new(128);
    // Query strings are at most a few KB (Kestrel's limit on the request line).
    private readonly RecentCache<KnownQuery> _keys = new(512);
    private Known? _known;
    private long _generation;

    public async ValueTask<PublicListSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _known) is { IsFresh: true } known)
        {
            return known.Snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            known = Volatile.Read(ref _known);
            if (known is { IsFresh: true })
            {
                return known.Snapshot;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var version = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PublicListVersion(), cancellationToken);
            var snapshot = known?.Snapshot.Version == version ? known.Snapshot : PublicListSnapshot.From(
                await scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>().PublicSheets.AsNoTracking().ToListAsync(cancellationToken), search);
            lock (_gate)
            {
                // Read before a change of this process was committed: good for this request, not for the next.
                if (generation == _generation)
                {
                    _known = new Known(snapshot, Stopwatch.GetTimestamp());
                }
            }

            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>The ETag of <paramref name="key"/> in the current snapshot, and its page on demand.</summary>
    public async ValueTask<PublicListAnswer> AnswerAsync(PublicListKey key, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        return Answer(snapshot, key, ETagOf(snapshot.Version, key));
    }

    /// <summary>The answer to <paramref name="key"/> in <paramref name="snapshot"/>, whose ETag the caller knows already.</summary>
    public PublicListAnswer Answer(PublicListSnapshot snapshot, PublicListKey key, string etag) =>
        new(key, etag, () => Page(etag, () => snapshot.Render(key)));

    /// <summary>The same version and the same key give the same bytes: the ETag names both, and nothing else.</summary>
    public static string ETagOf(long version, PublicListKey key)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{version}|{key.Text}");
        return "\"v" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16) + "\"";
    }

    /// <summary>The page named by <paramref name="etag"/> (which names the version), written by <paramref name="render"/> if it is not kept.</summary>
    public CachedPage Page(string etag, Func<CachedPage> render) => _pages.GetOrAdd(etag, render);

    /// <summary>
    /// The key of a query string already validated and normalised: the same string binds to the same
    /// values, so it passes the same rules and gives the same key. Spares a poll both steps.
    /// </summary>
    public bool TryGetKey(string queryString, out KnownQuery known) => _keys.TryGet(queryString, out known);

    public void StoreKey(string queryString, PublicListKey key) => _keys.Add(queryString, new KnownQuery(key));

    /// <summary>Called after a publication, an archiving or an amendment is committed.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            if (_known is { } known)
            {
                _known = known with { CheckedAt = long.MinValue };
            }
        }
    }

    public void Dispose() => _refresh.Dispose();

    private sealed record Known(PublicListSnapshot Snapshot, long CheckedAt)
    {
        public bool IsFresh => CheckedAt != long.MinValue && Stopwatch.GetElapsedTime(CheckedAt) < MaxAge;
    }
}
