namespace CapRural.BuildingBlocks.Modules;

/// <summary>
/// The clock of the <c>seed-demo</c> command: the demo replays 2022, so seeders set the date at
/// which each step happens and every rule (deadlines, windows) applies as it did then.
/// </summary>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();
}
