using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CapRural.LoadTest;

/// <summary>After the load: is every accepted application stored, and was every event delivered?</summary>
internal sealed class Checks(Instances hosts, Options options)
{
    public async Task<int> StoredApplicationsAsync(CancellationToken cancellationToken)
    {
        using var response = await hosts.Any.SendAsync(Coordinator(HttpMethod.Get, $"api/calls/{options.CallId}/applications?pageSize=1"), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Candidates Selection holds for the call: one per application whose event it consumed.</summary>
    public async Task<int> CandidatesAsync(CancellationToken cancellationToken)
    {
        using var response = await hosts.Any.SendAsync(Coordinator(HttpMethod.Get, $"api/calls/{options.CallId}/candidates?pageSize=1"), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>Polls the outboxes until no module has anything pending, or the timeout passes.</summary>
    public async Task<OutboxState> WaitForOutboxAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var state = await OutboxAsync(cancellationToken);
            state = state with { Waited = Stopwatch.GetElapsedTime(started) };
            if (state.Pending == 0 || state.Waited >= options.DrainTimeout)
            {
                return state;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>Reads a sample of accepted applications back and compares the e-mail address.</summary>
    public async Task<(int Read, int Mismatches)> ReadBackAsync(
        IReadOnlyList<(int Index, Guid ApplicationId)> sample, ApplicationForms forms, CancellationToken cancellationToken)
    {
        var mismatches = 0;
        foreach (var (index, applicationId) in sample)
        {
            using var response = await hosts.Any.SendAsync(Coordinator(HttpMethod.Get, $"api/applications/{applicationId}"), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                mismatches++;
                continue;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            if (json.RootElement.GetProperty("email").GetString() != forms.EmailOf(index))
            {
                mismatches++;
            }
        }

        return (sample.Count, mismatches);
    }

    public int CountEmails() =>
        options.MailDirectory is { } directory && Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml").Length : 0;

    public HttpRequestMessage Coordinator(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", options.ApiKey);
        return request;
    }

    private async Task<OutboxState> OutboxAsync(CancellationToken cancellationToken)
    {
        using var response = await hosts.Any.SendAsync(Coordinator(HttpMethod.Get, "api/admin/outbox"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var modules = await response.Content.ReadFromJsonAsync<List<ModuleOutbox>>(JsonSerializerOptions.Web, cancellationToken) ?? [];
        return new OutboxState(modules.Sum(m => m.Pending), modules.Sum(m => m.Failing), modules.Sum(m => m.Parked.Count), TimeSpan.Zero);
    }

    private sealed record ModuleOutbox(string Module, int Pending, int Failing, List<JsonElement> Parked);
}

internal sealed record OutboxState(int Pending, int Failing, int Parked, TimeSpan Waited);
