using System.Diagnostics;

namespace CapRural.LoadTest;

/// <summary>Nearest-rank percentiles of the completed requests' latencies, in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<long> stopwatchTicks)
    {
        _sorted = stopwatchTicks.Where(t => t >= 0).Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double At(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
