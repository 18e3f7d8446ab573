namespace CapRural.LoadTest;

internal static class Report
{
    public static void Phase(PhaseResult result)
    {
        if (result.Latencies.Length == 0)
        {
            return;
        }

        var latency = new Percentiles(result.Latencies);
        Console.WriteLine($"{result.Name,-26} {result.Completed,6} requests in {result.Elapsed.TotalSeconds,6:F2} s  " +
            $"{result.Throughput,8:F1} req/s   p50 {latency.At(50),7:F1} ms   p95 {latency.At(95),7:F1} ms   " +
            $"p99 {latency.At(99),7:F1} ms   max {latency.Max,7:F1} ms");
        var statuses = Enumerable.Range(0, result.StatusCounts.Length)
            .Where(s => result.StatusCounts[s] > 0)
            .Select(s => $"{s}: {result.StatusCounts[s]}");
        Console.WriteLine($"{"",-26} status codes  {string.Join(", ", statuses)}");
        foreach (var (error, count) in result.Errors.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"{"",-26} error ×{count}  {error}");
        }
    }

    /// <summary>"warm-up applications: 4 rounds, 2,110 requests in 9.8 s (92, 210, 231, 236 req/s), last two within 10 %: stable".</summary>
    public static void WarmUp(WarmUpResult warmUp)
    {
        var rates = string.Join(", ", warmUp.Rounds.Select(r => r.Throughput.ToString("F0")));
        var verdict = warmUp.Rule.FixedRequests is not null
            ? "fixed by --warmup, not checked for stability"
            : warmUp.Stable
                ? $"last two {warmUp.Rounds[^2].Throughput:F0}/s and {warmUp.Rounds[^1].Throughput:F0}/s, within {warmUp.Rule.Tolerance:P0}{QuietJit(warmUp)}: stable"
                : $"NOT stable (last two {LastDifference(warmUp)} apart{LastJit(warmUp)}) when the {warmUp.Rule.MaxDuration.TotalSeconds:F0} s limit came";
        Console.WriteLine($"{warmUp.Name}: {warmUp.Rounds.Count} round{(warmUp.Rounds.Count == 1 ? "" : "s")}, " +
            $"{warmUp.Requests} requests in {warmUp.Elapsed.TotalSeconds:F1} s ({rates} req/s), {verdict}");
        if (warmUp.JitShares.Any(s => s is not null))
        {
            Console.WriteLine($"{"",-26} hosts' JIT per round   {string.Join(", ", warmUp.JitShares.Select(s => s?.ToString("P0") ?? "n/a"))} of a core");
        }
        var statuses = Enumerable.Range(0, 600).Where(s => warmUp.Count(s) > 0).Select(s => $"{s}: {warmUp.Count(s)}");
        Console.WriteLine($"{"",-26} status codes  {string.Join(", ", statuses)}");
        foreach (var (error, count) in warmUp.Rounds.SelectMany(r => r.Errors).GroupBy(e => e.Key).Select(g => (g.Key, g.Sum(e => e.Value))))
        {
            Console.WriteLine($"{"",-26} error ×{count}  {error}");
        }
    }

    private static string QuietJit(WarmUpResult warmUp) =>
        warmUp.JitShares is [.., { } last] ? $", JIT {last:P0} of a core (under {warmUp.Rule.MaxJitShare:P0})" : "";

    private static string LastJit(WarmUpResult warmUp) =>
        warmUp.JitShares is [.., { } last] ? $", JIT {last:P0} of a core" : "";

    private static string LastDifference(WarmUpResult warmUp) =>
        warmUp.Rounds.Count < 2 ? "n/a" : LoadTest.WarmUp.Difference(warmUp.Rounds[^2], warmUp.Rounds[^1]).ToString("P0");

    public static void Drain(OutboxState outbox) =>
        Console.WriteLine(outbox.Pending == 0
            ? $"drained: every module's outbox empty {outbox.Waited.TotalSeconds:F1} s after the warm-up"
            : $"NOT drained: {outbox.Pending} messages still pending {outbox.Waited.TotalSeconds:F0} s after the warm-up");

    /// <summary>The issues' targets, each met or MISSED; informative, the exit code does not depend on them.</summary>
    public static void Targets(Options options, PhaseResult load, AcknowledgementWaits? waits, int lost, int doubled, int duplicateEmails)
    {
        static string Verdict(bool met) => met ? "met   " : "MISSED";
        var p99 = new Percentiles(load.Latencies).At(99);
        Console.WriteLine("Targets (informative: the exit code counts only what is lost, doubled or refused)");
        Console.WriteLine($"  {Verdict(load.Throughput >= options.TargetThroughput)}  intake          {load.Throughput,8:F1} applications/s, target >= {options.TargetThroughput:F0}/s (issue 12)");
        Console.WriteLine($"  {Verdict(p99 < options.TargetP99Milliseconds)}  intake p99      {p99,8:F1} ms, target < {options.TargetP99Milliseconds:F0} ms (issue 12)");
        if (waits is { Found: > 0 })
        {
            var ackP99 = new Percentiles(waits.Delays).At(99);
            var share = waits.Found / waits.Span.TotalSeconds / load.Throughput;
            Console.WriteLine($"  {Verdict(ackP99 < options.TargetAcknowledgementP99Milliseconds)}  201 → ack p99   {ackP99,8:F1} ms, target < {options.TargetAcknowledgementP99Milliseconds:F0} ms (issue 15)");
            Console.WriteLine($"  {Verdict(share >= options.TargetEndToEnd)}  end to end      {share,8:P1} of the intake rate, target >= {options.TargetEndToEnd:P0} (issue 15)");
        }
        else
        {
            Console.WriteLine("  MISSED  201 → ack p99 and end to end: no acknowledgement of the load read (--mail-dir) (issue 15)");
        }

        Console.WriteLine($"  {Verdict(lost == 0 && doubled == 0 && duplicateEmails == 0)}  nothing lost    {lost} lost, {doubled} doubled, {duplicateEmails} duplicate e-mails, target 0 / 0 / 0 (issues 12 and 15)");
    }

    public static void Check(List<string> failures, bool passed, string description)
    {
        Console.WriteLine($"  {(passed ? "ok    " : "FAILED")}  {description}");
        if (!passed)
        {
            failures.Add(description.Split("  ", 2)[0].Trim());
        }
    }

    public static void Acknowledgements(AcknowledgementWaits waits, PhaseResult load)
    {
        if (waits.Found == 0)
        {
            return;
        }

        var delays = new Percentiles(waits.Delays);
        var endToEnd = waits.Found / waits.Span.TotalSeconds;
        Console.WriteLine($"{"201 → acknowledgement",-26} {waits.Found,6} e-mails                 " +
            $"p50 {delays.At(50),7:F1} ms   p99 {delays.At(99),7:F1} ms   max {delays.Max,7:F1} ms");
        Console.WriteLine($"{"",-26} end to end {endToEnd:F1} applications/s (first 201 to last e-mail), " +
            $"{endToEnd / load.Throughput:P1} of the intake rate");
    }
}
