using System.Globalization;

namespace CapRural.LoadTest;

/// <summary>Command-line options: <c>--name value</c> pairs.</summary>
internal sealed record Options(
    IReadOnlyList<Uri> BaseUrls,
    string ApiKey,
    Guid CallId,
    int Requests,
    int Concurrency,
    int Warmup,
    TimeSpan MaxDuration,
    TimeSpan DrainTimeout,
    string? MailDirectory,
    double TargetThroughput,
    double TargetP99Milliseconds,
    int? KillPid,
    int KillAfter)
{
    public const string Usage = """
        Usage: CapRural.LoadTest --base-url http://127.0.0.1:5199[,http://127.0.0.1:5200…] --api-key <coordinator key> --call-id <open call>
               [--requests 5000] [--concurrency 32] [--warmup 200] [--max-duration 600] [--drain-timeout 120]
               [--mail-dir <pickup folder>] [--target-throughput 200] [--target-p99-ms 250]
               [--kill-pid <pid of one host> --kill-after <requests of the load>]
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
            Int("warmup", 200, 0),
            TimeSpan.FromSeconds(Int("max-duration", 600, 1)),
            TimeSpan.FromSeconds(Int("drain-timeout", 120, 1)),
            values.GetValueOrDefault("mail-dir"),
            Double("target-throughput", 200),
            Double("target-p99-ms", 250),
            values.TryGetValue("kill-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Int("kill-after", 1, 1));
    }
}
