using System.Collections.Concurrent;
using System.Diagnostics;
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
    private readonly PageCache _pages = new();
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

    /// <summary>The page named by <paramref name="etag"/> (which names the version), written by <paramref name="render"/> if it is not kept.</summary>
    public CachedPage Page(string etag, Func<CachedPage> render) => _pages.GetOrAdd(etag, render);

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

    /// <summary>
    /// At most 2 × <see cref="PagesPerGeneration"/> pages: new pages go to the young generation; when
    /// it is full it becomes the old one and the former old one is dropped; a page read from the old
    /// generation moves back to the young one. Pages in use stay; a flood of one-off queries only
    /// pushes out other one-off queries, so no client can fill the cache for the others.
    /// </summary>
    private sealed class PageCache
    {
        private const int PagesPerGeneration = 128;

        private Generation _young = new();
        private Generation _old = new();

        public CachedPage GetOrAdd(string etag, Func<CachedPage> render)
        {
            var young = Volatile.Read(ref _young);
            if (young.Pages.TryGetValue(etag, out var page))
            {
                return page;
            }

            if (!Volatile.Read(ref _old).Pages.TryGetValue(etag, out page))
            {
                page = render();
            }

            if (young.Pages.TryAdd(etag, page) && Interlocked.Increment(ref young.Count) == PagesPerGeneration)
            {
                Volatile.Write(ref _old, young);
                Volatile.Write(ref _young, new Generation());
            }

            return page;
        }

        private sealed class Generation
        {
            public readonly ConcurrentDictionary<string, CachedPage> Pages = new(StringComparer.Ordinal);
            public int Count;
        }
    }
}
