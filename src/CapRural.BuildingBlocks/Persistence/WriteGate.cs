using System.Collections.Concurrent;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>One writer at a time per module database, within this process.</summary>
internal static class WriteGate
{
    private static readonly ConcurrentDictionary<Type, SemaphoreSlim> Gates = new();

    public static SemaphoreSlim For(Type contextType) => Gates.GetOrAdd(contextType, _ => new SemaphoreSlim(1, 1));
}
