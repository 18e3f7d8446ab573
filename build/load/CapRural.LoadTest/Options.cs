using System.Globalization;

namespace CapRural.LoadTest;

/// <summary>Command-line options: <c>--name value</c> pairs.</summary>
internal sealed record Options(
    IReadOnlyList<Uri> BaseUrls,
    string ApiKey,
    Guid CallId,
    int Requests,
    int Concurrency,
    WarmUpRule WarmUp,
    TimeSpan MaxDuration,
    TimeSpan DrainTimeout,
    string? MailDirectory,
    double TargetThroughput,
    double TargetP99Milliseconds,
    double TargetAcknowledgementP99Milliseconds,
    double TargetEndToEnd,
    IReadOnlyList<int> HostPids,
    int? KillPid,
    int KillAfter)
{
    public const string Usage = """
        Usage: CapRural.LoadTest --base-url http://127.0.0.1:5199[,http://127.0.0.1:5200…] --api-key <coordinator key> --call-id <open call>
               [--requests 5000] [--concurrency 32] [--max-duration 600] [--drain-timeout 120]
               [--warmup-round-seconds 3] [--warmup-min-rounds 3] [--warmup-max-seconds 60] [--warmup-tolerance 0.1]
               [--host-pids <pid,pid…> --warmup-max-jit 0.02]
               [--warmup <applications>]
               [--mail-dir <pickup folder>] [--target-throughput 1000] [--target-p99-ms 100]
               [--target-ack-p99-ms 2000] [--target-end-to-end 0.9]
               [--kill-pid <pid of one host> --kill-after <requests of the load>]

        Warm-up: rounds of distinct applications, each sized to last about --warmup-round-seconds at
        the previous round's rate, until two consecutive rounds' throughputs differ by less than
        --warmup-tolerance (of the faster one), after at least --warmup-min-rounds rounds, and, with
        --host-pids, the hosts' tiered JIT thread used under --warmup-max-jit of a core in the last; no round
        starts once --warmup-max-seconds would be passed (the warm-up is then reported "not stable").
        The bare GET /health/live is warmed up by the same rule. --warmup N replaces the rounds by one
        fixed round of N requests, not checked for stability (for runs that check correctness only).
        Then every module's outbox is drained before the baseline and the measured load.
        Targets are reported met or MISSED; they do not change the exit code.
        """;

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Required(string name) =>
            values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

        int Int(string name, int fallback, int min)
        {
            var value = values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            return value >= min ? value : throw new ArgumentException($"--{name} must be at least {min}.");
        }

        double Double(string name, double fallback) =>
            values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var baseUrls = Required("base-url").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToList();
        if (baseUrls.Count == 0 || !baseUrls.All(u => u.IsLoopback))
        {
            throw new ArgumentException("The load test only runs against loopback addresses.");
        }

        return new Options(
            baseUrls,
            Required("api-key"),
            Guid.Parse(Required("call-id")),
            Int("requests", 5000, 1),
            Int("concurrency", 32, 1),
            new WarmUpRule(
                values.ContainsKey("warmup") ? Int("warmup", 0, 0) : null,
                TimeSpan.FromSeconds(Double("warmup-round-seconds", 3)),
                Int("warmup-min-rounds", 3, 2),
                TimeSpan.FromSeconds(Int("warmup-max-seconds", 60, 1)),
                Double("warmup-tolerance", 0.1),
                Double("warmup-max-jit", 0.02)),
            TimeSpan.FromSeconds(Int("max-duration", 600, 1)),
            TimeSpan.FromSeconds(Int("drain-timeout", 120, 1)),
            values.GetValueOrDefault("mail-dir"),
            Double("target-throughput", 1000),
            Double("target-p99-ms", 100),
            Double("target-ack-p99-ms", 2000),
            Double("target-end-to-end", 0.9),
            values.TryGetValue("host-pids", out var hostPids)
                ? hostPids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList()
                : [],
            values.TryGetValue("kill-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Int("kill-after", 1, 1));
    }
}
