using System.Diagnostics;

namespace CapRural.LoadTest;

/// <summary>
/// When a warm-up ends: two consecutive rounds within <see cref="Tolerance"/> of each other, the
/// last with the hosts' JIT below <see cref="MaxJitShare"/> of a core, after <see cref="MinRounds"/>
/// rounds, or no time left; or one fixed round of <see cref="FixedRequests"/>.
/// </summary>
internal sealed record WarmUpRule(int? FixedRequests, TimeSpan RoundDuration, int MinRounds, TimeSpan MaxDuration, double Tolerance, double MaxJitShare);

/// <summary>The rounds a warm-up ran, the hosts' JIT share of a core in each (when known), and whether the last two agreed.</summary>
internal sealed record WarmUpResult(string Name, IReadOnlyList<PhaseResult> Rounds, IReadOnlyList<double?> JitShares, bool Stable, WarmUpRule Rule, TimeSpan Elapsed)
{
    public int Requests => Rounds.Sum(r => r.Latencies.Length);

    public int Count(int status) => Rounds.Sum(r => r.Count(status));

    public bool TimedOut => Rounds.Any(r => r.TimedOut);

    public IEnumerable<(int Index, Guid ApplicationId)> Created => Rounds.SelectMany(r => r.Created);
}

/// <summary>
/// Warms the host up until its throughput stops climbing and its JIT has gone quiet: the JIT
/// recompiles hot code with profile data for tens of seconds after the first requests, and while it
/// does, on a machine of few cores, rounds can agree with each other at a fraction of the host's rate.
/// </summary>
internal static class WarmUp
{
    /// <param name="round">Runs one round: its name, first request index and number of requests.</param>
    public static async Task<WarmUpResult> RunAsync(string name, int firstIndex, WarmUpRule rule, int concurrency, HostJit jit, Func<string, int, int, Task<PhaseResult>> round)
    {
        var started = Stopwatch.GetTimestamp();
        var rounds = new List<PhaseResult>();
        var jitShares = new List<double?>();
        if (rule.FixedRequests is { } fixedRequests)
        {
            rounds.Add(await round(name, firstIndex, fixedRequests));
            return new WarmUpResult(name, rounds, jitShares, false, rule, Stopwatch.GetElapsedTime(started));
        }

        // The first round is small: its rate, cold, only sizes the next one.
        var size = concurrency * 8;
        var next = firstIndex;
        while (true)
        {
            var jitBefore = jit.Read();
            var last = await round(name, next, size);
            double? jitShare = jit.Known ? HostJit.Share(jitBefore, jit.Read(), last.Elapsed) : null;
            rounds.Add(last);
            jitShares.Add(jitShare);
            next += size;
            var stable = rounds.Count >= rule.MinRounds && Difference(rounds[^2], last) < rule.Tolerance
                && (jitShare is null || jitShare < rule.MaxJitShare);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (stable || last.TimedOut || elapsed + rule.RoundDuration > rule.MaxDuration)
            {
                return new WarmUpResult(name, rounds, jitShares, stable, rule, elapsed);
            }

            size = Math.Max(concurrency * 4, (int)(last.Throughput * rule.RoundDuration.TotalSeconds));
        }
    }

    /// <summary>How far apart two rounds' throughputs are, as a share of the faster one.</summary>
    public static double Difference(PhaseResult a, PhaseResult b) =>
        Math.Abs(a.Throughput - b.Throughput) / Math.Max(a.Throughput, b.Throughput);
}
