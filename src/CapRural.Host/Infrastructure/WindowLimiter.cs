using System.Threading.RateLimiting;

namespace CapRural.Host.Infrastructure;

/// <summary>
/// A fixed window of permits per client that knows when its window ends, so a refused request
/// is told exactly how long to wait. The framework's fixed window answers the whole window
/// length whatever the time left.
/// </summary>
internal sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = clock.GetUtcNow();
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var since = clock.GetUtcNow() - _windowStart;
                return since >= window ? since - window : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - _used) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now - _windowStart >= window)
            {
                _windowStart = now;
                _used = 0;
            }

            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }

            var left = _windowStart + window - now;
            return new Lease(false, TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(left.TotalSeconds))));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
