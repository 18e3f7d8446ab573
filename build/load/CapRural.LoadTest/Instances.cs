using System.Diagnostics;

namespace CapRural.LoadTest;

/// <summary>
/// The hosts under test, behind a small round-robin like a reverse proxy's: request n goes to host
/// n mod N; a host that refuses a connection is marked down and the request is sent once to the next
/// host, as a proxy with passive health checks would. With <c>--kill-pid</c>, one host is killed
/// with SIGKILL after <c>--kill-after</c> requests of the load, mid-burst: requests are counted from
/// <see cref="StartKillCountdown"/>, so the warm-up and the baseline do not bring the kill forward.
/// </summary>
internal sealed class Instances : IDisposable
{
    private readonly List<HttpClient> _clients;
    private readonly bool[] _down;
    private readonly Options _options;
    private int _sent;
    private volatile bool _countingDown;

    public Instances(Options options)
    {
        _options = options;
        _clients = options.BaseUrls.Select(url => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) }).ToList();
        _down = new bool[_clients.Count];
    }

    public int Count => _clients.Count;

    /// <summary>A host still up, for the checks after the load.</summary>
    public HttpClient Any => _clients[Array.FindIndex(_down, d => !d) is var i and >= 0 ? i : 0];

    /// <summary>Requests that met a refused connection and went to the next host.</summary>
    public int FailedOver;

    /// <summary>Requests sent again because their answer was cut off after its headers (its host killed meanwhile).</summary>
    public int SentAgain;

    /// <summary>When the kill was sent, if it was.</summary>
    public DateTime? KilledAt { get; private set; }

    /// <summary>From now on, requests count towards <c>--kill-after</c>.</summary>
    public void StartKillCountdown() => _countingDown = true;

    public async Task<HttpResponseMessage> SendAsync(int index, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        KillWhenDue();
        var first = index % _clients.Count;
        for (var attempt = 0; attempt < _clients.Count; attempt++)
        {
            var target = (first + attempt) % _clients.Count;
            if (_down[target] && attempt < _clients.Count - 1)
            {
                continue;
            }

            try
            {
                return await _clients[target].SendAsync(request(), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < _clients.Count - 1 && !cancellationToken.IsCancellationRequested)
            {
                _down[target] = true;
                Interlocked.Increment(ref FailedOver);
            }
        }

        throw new HttpRequestException("every host is down");
    }

    private void KillWhenDue()
    {
        if (_options.KillPid is not { } pid || !_countingDown || Interlocked.Increment(ref _sent) != _options.KillAfter)
        {
            return;
        }

        KilledAt = DateTime.UtcNow;
        using var kill = Process.Start("kill", ["-9", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
