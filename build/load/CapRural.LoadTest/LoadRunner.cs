using System.Collections.Concurrent;
using System.Diagnostics;

namespace CapRural.LoadTest;

/// <summary>What one phase measured: a latency per request, status codes, transport errors.</summary>
internal sealed class PhaseResult(string name, int requests)
{
    public string Name { get; } = name;

    /// <summary>Per request, in Stopwatch ticks; -1 when the request did not complete.</summary>
    public long[] Latencies { get; } = Enumerable.Repeat(-1L, requests).ToArray();

    public int[] StatusCounts { get; } = new int[600];

    public ConcurrentDictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<(int Index, Guid ApplicationId)> Created { get; } = [];

    /// <summary>When each 201 arrived (UTC wall clock, comparable with the pickup files' times).</summary>
    public ConcurrentDictionary<Guid, DateTime> AnsweredAt { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public bool TimedOut { get; set; }

    public int Completed => Latencies.Count(l => l >= 0);

    public int Count(int status) => StatusCounts[status];

    public double Throughput => Completed / Elapsed.TotalSeconds;
}

/// <summary>
/// Runs a fixed number of requests from a fixed number of concurrent clients. Requests are numbered
/// from <c>firstIndex</c>, so two phases never build the same request.
/// </summary>
internal static class LoadRunner
{
    public static async Task<PhaseResult> RunAsync(
        string name,
        int firstIndex,
        int requests,
        int concurrency,
        TimeSpan maxDuration,
        Func<int, HttpRequestMessage> request,
        Func<int, HttpResponseMessage, byte[], PhaseResult, Task>? onResponse,
        Instances hosts)
    {
        var result = new PhaseResult(name, requests);
        using var deadline = new CancellationTokenSource(maxDuration);
        var next = -1;
        var started = Stopwatch.GetTimestamp();

        async Task Worker()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests && !deadline.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        using var response = await hosts.SendAsync(index, () => request(firstIndex + index), deadline.Token);
                        var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
                        result.Latencies[index] = Stopwatch.GetTimestamp() - sent;
                        Interlocked.Increment(ref result.StatusCounts[(int)response.StatusCode]);
                        if (onResponse is not null)
                        {
                            await onResponse(firstIndex + index, response, body, result);
                        }

                        break;
                    }
                    catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                    {
                        result.TimedOut = true;
                        return;
                    }
                    catch (HttpRequestException) when (attempt == 0 && hosts.Count > 1)
                    {
                        // The answer was cut off, its host killed after the headers: the client sends the
                        // form again, as an applicant's phone would, and hears 201, or 409 if it was stored.
                        Interlocked.Increment(ref hosts.SentAgain);
                    }
                    catch (Exception exception)
                    {
                        result.Errors.AddOrUpdate(exception.GetType().Name + ": " + exception.Message, 1, (_, n) => n + 1);
                        break;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        result.Elapsed = Stopwatch.GetElapsedTime(started);
        result.TimedOut |= deadline.IsCancellationRequested && result.Completed < requests;
        return result;
    }
}
