using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CapRural.LoadTest;

// Load test of the public application form (POST /api/calls/{callId}/applications) against a
// running host on loopback: throughput, latency percentiles, status codes, then checks that
// nothing accepted was lost. Exit code 0 only when every request was accepted and everything
// accepted was stored and delivered. build/load/run.sh starts the host and runs this.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Options options;
try
{
    options = Options.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
};
using var client = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
var checks = new Checks(client, options);
var forms = new ApplicationForms(Guid.NewGuid().ToString("N")[..8]);
var applyPath = $"api/calls/{options.CallId}/applications";
var storedBefore = await checks.StoredApplicationsAsync(CancellationToken.None);
var emailsBefore = checks.CountEmails();

Console.WriteLine($"Load test: POST /{applyPath}");
Console.WriteLine($"  server {options.BaseUrl}  clients {options.Concurrency}  applications {options.Requests} (+{options.Warmup} warm-up)  " +
    $"processors {Environment.ProcessorCount}");
Console.WriteLine();

HttpRequestMessage Apply(int index)
{
    var request = new HttpRequestMessage(HttpMethod.Post, applyPath) { Content = forms.Create(index).ToContent() };
    request.Headers.AcceptLanguage.ParseAdd("fr");
    return request;
}

static Task RecordCreated(int index, HttpResponseMessage response, byte[] body, PhaseResult result)
{
    if (response.StatusCode == HttpStatusCode.Created)
    {
        using var json = JsonDocument.Parse(body);
        var applicationId = json.RootElement.GetProperty("applicationId").GetGuid();
        result.AnsweredAt[applicationId] = DateTime.UtcNow;
        result.Created.Add((index, applicationId));
    }

    return Task.CompletedTask;
}

// Warm-up (JIT, connection pool, SQLite page cache) with distinct applications, reported apart.
var warmup = await LoadRunner.RunAsync("warm-up", options.Requests, options.Warmup, options.Concurrency, options.MaxDuration,
    Apply, RecordCreated, client);

// Baseline: the host's cheapest route over the same client, connections and concurrency.
var baseline = await LoadRunner.RunAsync("baseline GET /health/live", 0, options.Requests, options.Concurrency, options.MaxDuration,
    _ => new HttpRequestMessage(HttpMethod.Get, "health/live"), null, client);

var process = Process.GetCurrentProcess();
var clientCpuBefore = process.TotalProcessorTime;
var load = await LoadRunner.RunAsync("applications", 0, options.Requests, options.Concurrency, options.MaxDuration, Apply, RecordCreated, client);
process.Refresh();
var clientCpu = process.TotalProcessorTime - clientCpuBefore;

Report.Phase(warmup);
Report.Phase(baseline);
Report.Phase(load);
Console.WriteLine($"  applications/s as a share of the baseline: {load.Throughput / baseline.Throughput:P1}; " +
    $"client CPU during the load {clientCpu.TotalSeconds:F1} s");
Console.WriteLine();

// Checks: nothing accepted may be lost.
var failures = new List<string>();
var accepted = warmup.Count(201) + load.Count(201);
var requested = options.Warmup + options.Requests;
Console.WriteLine("Checks");
Report.Check(failures, accepted == requested,
    $"accepted      {accepted} of {requested} valid, distinct applications answered 201");
if (load.TimedOut || warmup.TimedOut)
{
    Report.Check(failures, false, $"duration      the load did not finish within {options.MaxDuration.TotalSeconds:F0} s");
}

var outbox = await checks.WaitForOutboxAsync(CancellationToken.None);
Report.Check(failures, outbox is { Pending: 0, Parked: 0 },
    $"outbox        registration: pending {outbox.Pending}, failing {outbox.Failing}, parked {outbox.Parked} " +
    $"after waiting {outbox.Waited.TotalSeconds:F1} s for delivery");

var stored = await checks.StoredApplicationsAsync(CancellationToken.None) - storedBefore;
Report.Check(failures, stored == accepted,
    $"stored        {stored} applications listed for the call, {accepted} answered 201");

if (options.MailDirectory is not null)
{
    var emails = checks.CountEmails() - emailsBefore;
    Report.Check(failures, emails == accepted,
        $"e-mails       {emails} acknowledgements in the pickup folder, {accepted} expected");

    // The applicant's wait: an application is done for them when the e-mail with their link is written.
    var waits = Acknowledgements.Read(options.MailDirectory, load.AnsweredAt);
    Report.Acknowledgements(waits, load);
    Report.Check(failures, waits.Found == load.AnsweredAt.Count,
        $"acknowledged  {waits.Found} of {load.AnsweredAt.Count} applications of the load have their acknowledgement");
}

var created = warmup.Created.Concat(load.Created).ToList();
var sample = created.OrderBy(_ => Random.Shared.Next()).Take(20).ToList();
var (read, mismatches) = await checks.ReadBackAsync(sample, forms, CancellationToken.None);
Report.Check(failures, mismatches == 0, $"read back     {read - mismatches} of {read} sampled applications read back with their e-mail");

Console.WriteLine();
Console.WriteLine($"Targets (informative): throughput >= {options.TargetThroughput:F0}/s " +
    $"{(load.Throughput >= options.TargetThroughput ? "met" : "MISSED")}, " +
    $"p99 < {options.TargetP99Milliseconds:F0} ms {(new Percentiles(load.Latencies).At(99) < options.TargetP99Milliseconds ? "met" : "MISSED")}");
if (failures.Count > 0)
{
    Console.WriteLine($"FAILED: {string.Join("; ", failures)}");
    return 1;
}

Console.WriteLine("OK: every application accepted, stored and delivered.");
return 0;
