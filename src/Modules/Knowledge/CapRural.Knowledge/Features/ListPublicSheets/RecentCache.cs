using System.Collections.Concurrent;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// At most 2 × <c>perGeneration</c> values: new values go to the young generation; when it is full
/// it becomes the old one and the former old one is dropped; a value read from the old generation
/// moves back to the young one. Values in use stay; a flood of one-off keys only pushes out other
/// one-off keys, so no client can fill the cache for the others.
/// </summary>
internal sealed class RecentCache<TValue>(int perGeneration)
    where TValue : class
{
    private Generation _young = new();
    private Generation _old = new();

    public bool TryGet(string key, out TValue value)
    {
        if (Volatile.Read(ref _young).Values.TryGetValue(key, out value!))
        {
            return true;
        }

        if (!Volatile.Read(ref _old).Values.TryGetValue(key, out value!))
        {
            return false;
        }

        Add(key, value);
        return true;
    }

    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        if (!TryGet(key, out var value))
        {
            value = create();
            Add(key, value);
        }

        return value;
    }

    public void Add(string key, TValue value)
    {
        var young = Volatile.Read(ref _young);
        if (young.Values.TryAdd(key, value) && young.Added() == perGeneration)
        {
            Volatile.Write(ref _old, young);
            Volatile.Write(ref _young, new Generation());
        }
    }

    private sealed class Generation
    {
        private int _count;

        public ConcurrentDictionary<string, TValue> Values { get; } = new(StringComparer.Ordinal);

        public int Added() => Interlocked.Increment(ref _count);
    }
}
