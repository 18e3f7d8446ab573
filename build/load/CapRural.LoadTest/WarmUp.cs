using System.Diagnostics;

namespace CapRural.LoadTest;

/// <summary>
/// When a warm-up ends: two consecutive rounds within <see cref="Tolerance"/> of each other, after
/// <see cref="MinRounds"/> rounds, or no time left; or one fixed round of <see cref="FixedRequests"/>.
/// </summary>
internal sealed record WarmUpRule(int? FixedRequests, TimeSpan RoundDuration, int MinRounds, TimeSpan MaxDuration, double Tolerance);

/// <summary>The rounds a warm-up ran and whether its last two agreed.</summary>
internal sealed record WarmUpResult(string Name, IReadOnlyList<PhaseResult> Rounds, bool Stable, WarmUpRule Rule, TimeSpan Elapsed)
{
    public int Requests => Rounds.Sum(r => r.Latencies.Length);

    public int Count(int status) => Rounds.Sum(r => r.Count(status));

    public bool TimedOut => Rounds.Any(r => r.TimedOut);

    public IEnumerable<(int Index, Guid ApplicationId)> Created => Rounds.SelectMany(r => r.Created);
}

/// <summary>
/// Warms the host up until its throughput stops climbing: the JIT recompiles hot code with profile
/// data for seconds after the first requests, so a fixed, short warm-up measures a host still speeding up.
/// </summary>
internal static class WarmUp
{
    public static async Task<WarmUpResult> RunAsync(
        string name,
        int firstIndex,
        Options options,
        Func<int, HttpRequestMessage> request,
        Func<int, HttpResponseMessage, byte[], PhaseResult, Task>? onResponse,
        Instances hosts)
    {
        var rule = options.WarmUp;
        var started = Stopwatch.GetTimestamp();
        var rounds = new List<PhaseResult>();
        if (rule.FixedRequests is { } fixedRequests)
        {
            rounds.Add(await LoadRunner.RunAsync(name, firstIndex, fixedRequests, options.Concurrency, options.MaxDuration, request, onResponse, hosts));
            return new WarmUpResult(name, rounds, false, rule, Stopwatch.GetElapsedTime(started));
        }

        // The first round is small: its rate, cold, only sizes the next one.
        var size = options.Concurrency * 8;
        var next = firstIndex;
        while (true)
        {
            var round = await LoadRunner.RunAsync(name, next, size, options.Concurrency, options.MaxDuration, request, onResponse, hosts);
            rounds.Add(round);
            next += size;
            var stable = rounds.Count >= rule.MinRounds && Difference(rounds[^2], round) < rule.Tolerance;
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (stable || round.TimedOut || elapsed + rule.RoundDuration > rule.MaxDuration)
            {
                return new WarmUpResult(name, rounds, stable, rule, elapsed);
            }

            size = Math.Max(options.Concurrency * 4, (int)(round.Throughput * rule.RoundDuration.TotalSeconds));
        }
    }

    /// <summary>How far apart two rounds' throughputs are, as a share of the faster one.</summary>
    public static double Difference(PhaseResult a, PhaseResult b) =>
        Math.Abs(a.Throughput - b.Throughput) / Math.Max(a.Throughput, b.Throughput);
}
