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

using var hosts = new Instances(options);
var checks = new Checks(hosts, options);
var forms = new ApplicationForms(Guid.NewGuid().ToString("N")[..8]);
var applyPath = $"api/calls/{options.CallId}/applications";
var storedBefore = await checks.StoredApplicationsAsync(CancellationToken.None);
var emailsBefore = checks.CountEmails();

Console.WriteLine($"Load test: POST /{applyPath}");
Console.WriteLine($"  servers {string.Join(", ", options.BaseUrls)}  clients {options.Concurrency}  applications {options.Requests} (after the warm-up)  " +
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

// Warm-up (JIT and its recompilation of hot code, connection pools, page caches) with distinct
// applications, until the throughput is stable; then a quiet host: nothing left to deliver.
var jit = new HostJit(options.HostPids);
var warmup = await WarmUp.RunAsync("warm-up applications", options.Requests, options.WarmUp, options.Concurrency, jit,
    (name, first, count) => LoadRunner.RunAsync(name, first, count, options.Concurrency, options.MaxDuration, Apply, RecordCreated, hosts));
var warmupDrain = await checks.WaitForOutboxAsync(CancellationToken.None);

// Baseline: the host's cheapest route over the same client, connections and concurrency, warmed up
// the same way, measured right before and right after the load, each time for at least as many
// requests as its last warm-up round (a fraction of a second would measure a pause of the machine).
HttpRequestMessage Live(int _) => new(HttpMethod.Get, "health/live");
var baselineWarmup = await WarmUp.RunAsync("warm-up GET /health/live", 0, options.WarmUp, options.Concurrency, jit,
    (name, first, count) => LoadRunner.RunAsync(name, first, count, options.Concurrency, options.MaxDuration, Live, null, hosts));
var baselineRequests = Math.Max(options.Requests, baselineWarmup.Rounds[^1].Latencies.Length);
var baselineBefore = await LoadRunner.RunAsync("baseline before", 0, baselineRequests, options.Concurrency, options.MaxDuration, Live, null, hosts);

var process = Process.GetCurrentProcess();
var clientCpuBefore = process.TotalProcessorTime;
hosts.StartKillCountdown();
var load = await LoadRunner.RunAsync("applications", 0, options.Requests, options.Concurrency, options.MaxDuration, Apply, RecordCreated, hosts);
process.Refresh();
var clientCpu = process.TotalProcessorTime - clientCpuBefore;

// The load's deliveries would compete with the second baseline: it is measured once they are done, as the first was.
var outbox = await checks.WaitForOutboxAsync(CancellationToken.None);
var baselineAfter = await LoadRunner.RunAsync("baseline after", 0, baselineRequests, options.Concurrency, options.MaxDuration, Live, null, hosts);
var baselineRate = (baselineBefore.Throughput + baselineAfter.Throughput) / 2;

Report.WarmUp(warmup);
Report.Drain(warmupDrain);
Report.WarmUp(baselineWarmup);
Console.WriteLine();
Report.Phase(baselineBefore);
Report.Phase(load);
Report.Phase(baselineAfter);
Console.WriteLine($"  applications/s as a share of the baseline: {load.Throughput / baselineRate:P1} " +
    $"(baseline {baselineBefore.Throughput:F0} req/s before, {baselineAfter.Throughput:F0} req/s after, mean {baselineRate:F0}); " +
    $"client CPU during the load {clientCpu.TotalSeconds:F1} s");
Console.WriteLine();

// Checks: nothing accepted may be lost.
var failures = new List<string>();
var accepted = warmup.Count(201) + load.Count(201);
var requested = warmup.Requests + options.Requests;
// A host killed mid-request leaves its clients without an answer, or with half of one: the form goes
// (again) to the other host, which answers 409 if the dead one had stored it first. Those are the
// only other outcomes allowed.
var killed = options.KillPid is not null;
var conflicts = warmup.Count(409) + load.Count(409);
Console.WriteLine("Checks");
if (killed)
{
    Console.WriteLine($"  note    one host killed with SIGKILL after {options.KillAfter} requests of the load; " +
        $"{hosts.FailedOver} requests failed over to the other host, {hosts.SentAgain} were sent again after a cut-off answer, " +
        $"{conflicts} found their application already stored (409); " +
        "the baseline after the load ran on the hosts left");
}

Report.Check(failures, killed ? accepted + conflicts == requested : accepted == requested,
    $"accepted      {accepted} of {requested} valid, distinct applications answered 201{(killed ? $", {conflicts} answered 409, stored by the dead host first" : "")}");
if (load.TimedOut || warmup.TimedOut)
{
    Report.Check(failures, false, $"duration      the load did not finish within {options.MaxDuration.TotalSeconds:F0} s");
}

Report.Check(failures, outbox is { Pending: 0, Parked: 0 },
    $"outbox        every module: pending {outbox.Pending}, failing {outbox.Failing}, parked {outbox.Parked} " +
    $"after waiting {outbox.Waited.TotalSeconds:F1} s for delivery");

var expected = accepted + conflicts;
var stored = await checks.StoredApplicationsAsync(CancellationToken.None) - storedBefore;
Report.Check(failures, stored == expected,
    $"stored        {stored} applications listed for the call, {expected} expected (lost or doubled: {expected - stored})");

var candidates = await checks.CandidatesAsync(CancellationToken.None);
Report.Check(failures, candidates == stored,
    $"consumed      {candidates} candidates in Selection for {stored} stored applications (each event consumed once)");

var lost = Math.Max(0, expected - stored) + Math.Max(0, stored - candidates);
var doubled = Math.Max(0, stored - expected) + Math.Max(0, candidates - stored);
AcknowledgementWaits? waits = null;
var duplicateEmails = 0;
if (options.MailDirectory is not null)
{
    var emails = checks.CountEmails() - emailsBefore;
    Report.Check(failures, emails == stored,
        $"e-mails       {emails} acknowledgements in the pickup folder, {stored} expected");

    // The applicant's wait: an application is done for them when the e-mail with their link is written.
    waits = Acknowledgements.Read(options.MailDirectory, load.AnsweredAt);
    Report.Acknowledgements(waits, load);
    Report.Check(failures, waits.Found == load.AnsweredAt.Count,
        $"acknowledged  {waits.Found} of {load.AnsweredAt.Count} applications of the load have their acknowledgement");
    Report.Check(failures, waits.Duplicated == 0,
        $"duplicates    {waits.Duplicated} applications received their acknowledgement twice");
    lost += Math.Max(0, stored - emails);
    duplicateEmails = Math.Max(waits.Duplicated, emails - stored);
}

var created = warmup.Created.Concat(load.Created).ToList();
// After a crash every acknowledged application is read back; otherwise a sample.
var sample = killed ? created : created.OrderBy(_ => Random.Shared.Next()).Take(20).ToList();
var (read, mismatches) = await checks.ReadBackAsync(sample, forms, CancellationToken.None);
Report.Check(failures, mismatches == 0, $"read back     {read - mismatches} of {read} {(killed ? "" : "sampled ")}applications read back with their e-mail");

Console.WriteLine();
Report.Targets(options, load, waits, lost, doubled, duplicateEmails);
if (failures.Count > 0)
{
    Console.WriteLine($"FAILED: {string.Join("; ", failures)}");
    return 1;
}

Console.WriteLine("OK: every application accepted, stored and delivered.");
return 0;
