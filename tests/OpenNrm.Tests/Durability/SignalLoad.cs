using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenNrm.Tests.Durability;

/// <summary>A signal the server answered 201 for: from then on it must survive anything short of losing the disk.</summary>
public sealed record AcknowledgedSignal(Guid Id, IReadOnlyList<string> References);

/// <summary>
/// Concurrent frontline officers recording signals of two persons each (two files, their duties, the audit entry:
/// one transaction), until the server disappears. Only a complete 201 answer counts as acknowledged.
/// </summary>
public sealed class SignalLoad(string token)
{
    public const int PersonsPerSignal = 2;

    private readonly ConcurrentBag<AcknowledgedSignal> _acknowledged = [];
    private readonly ConcurrentBag<string> _unexpected = [];
    private int _sent;

    public IReadOnlyCollection<AcknowledgedSignal> Acknowledged => _acknowledged;

    /// <summary>Answers other than 201 while the server was up: the server must never answer a valid signal with an error.</summary>
    public IReadOnlyCollection<string> UnexpectedAnswers => _unexpected;

    public int Sent => _sent;

    /// <summary>Runs <paramref name="writers"/> writers against the server until it stops answering or <paramref name="stop"/> fires.</summary>
    public Task RunAsync(Uri server, int writers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(_ => WriterAsync(server, stop)));

    private async Task WriterAsync(Uri server, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        while (!stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _sent);
            try
            {
                using var response = await http.PostAsJsonAsync("/api/v1/signals", Body(n), CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    _unexpected.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                    continue;
                }

                var signal = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                _acknowledged.Add(new AcknowledgedSignal(signal.GetProperty("id").GetGuid(),
                    signal.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("reference").GetString()!).ToList()));
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException or JsonException)
            {
                // The server died during this request: not acknowledged, so either outcome is correct. This writer is done.
                return;
            }
        }
    }

    private static object Body(int n) => new
    {
        detectedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O", CultureInfo.InvariantCulture),
        municipality = "Ixelles",
        postalCode = "1050",
        context = "PoliceControl",
        circumstances = $"Durability run, signal {n}",
        persons = new object[]
        {
            new { name = $"Durability Adult {n}", nationalities = new[] { "NG" } },
            new { name = $"Durability Minor {n}", birthDate = "2013-05-04", nationalities = new[] { "RO" }, unaccompanied = true },
        },
    };
}
