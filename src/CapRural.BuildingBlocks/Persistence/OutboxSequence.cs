namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// Breaks ties between outbox rows created at the same instant (one unit of work raising several
/// messages, or a frozen test clock): rows of one subject are delivered by creation time, then by this
/// number, which only grows within a process and starts from the wall clock so a restart continues it.
/// </summary>
internal static class OutboxSequence
{
    private static long _last = DateTime.UtcNow.Ticks;

    public static long Next() => Interlocked.Increment(ref _last);
}
