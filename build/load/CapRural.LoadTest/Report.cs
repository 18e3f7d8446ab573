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
            $"{endToEnd / load.Throughput:P0} of the intake rate");
    }
}
