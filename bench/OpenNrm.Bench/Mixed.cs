using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenNrm.Bench;

/// <summary>
/// Mixed traffic from simulated people, each with a role's token, a role's mix of requests and a think time between
/// them, for a fixed time; stops by itself. Every answer other than 2xx, and every failed request, is an error.
/// </summary>
public static class Mixed
{
    private sealed record Action(string Name, Func<Person, HttpRequestMessage?> Request, Action<Person, JsonElement>? Remember = null);

    /// <summary>One simulated person: a role, a token, and the files and signals they made, to read them back.</summary>
    private sealed class Person(string role, string token, Random random)
    {
        public string Role { get; } = role;

        public string Token { get; } = token;

        public Random Random { get; } = random;

        public List<Guid> Signals { get; } = [];

        public List<Guid> Cases { get; } = [];

        public int Sequence { get; set; }
    }

    private static readonly Dictionary<string, (Action Action, int Weight)[]> Mixes = new()
    {
        ["frontline"] =
        [
            (new("POST /api/v1/signals", p => Json(HttpMethod.Post, "/api/v1/signals", Signal(p)), (p, r) => p.Signals.Add(r.GetProperty("id").GetGuid())), 3),
            (new("GET /api/v1/signals/{id}", p => p.Signals.Count == 0 ? null : Get($"/api/v1/signals/{p.Signals[p.Random.Next(p.Signals.Count)]}")), 4),
            (new("GET /api/v1/signals?scope=Mine", _ => Get("/api/v1/signals?scope=Mine")), 3),
            (new("POST /api/v1/cases", p => Json(HttpMethod.Post, "/api/v1/cases", new { personName = $"Load Person {p.Sequence++}" }),
                (p, r) => p.Cases.Add(r.GetProperty("id").GetGuid())), 1),
            (new("GET /api/v1/cases/{id}", p => p.Cases.Count == 0 ? null : Get($"/api/v1/cases/{p.Cases[p.Random.Next(p.Cases.Count)]}")), 2),
            (new("POST /api/v1/detection-assessments", _ => Json(HttpMethod.Post, "/api/v1/detection-assessments",
                new { listId = "ilo-ec-delphi-adult-labour", presentIndicators = new[] { "ADL-DR-S1", "ADL-DR-M1" }, nationalities = new[] { "IN" }, minor = false, unaccompanied = false })), 1),
        ],
        ["caseworker"] =
        [
            (new("GET /api/v1/referrals?box=Incoming", _ => Get("/api/v1/referrals?box=Incoming")), 3),
            (new("GET /api/v1/support-cases", _ => Get("/api/v1/support-cases")), 3),
            (new("GET /api/v1/deadlines", _ => Get("/api/v1/deadlines?from=2026-11-01&to=2027-01-31")), 2),
            (new("GET /api/v1/notices", _ => Get("/api/v1/notices")), 2),
            (new("GET /api/v1/signals?scope=Received", _ => Get("/api/v1/signals?scope=Received")), 2),
        ],
        ["prosecutor"] =
        [
            (new("GET /api/v1/notices", _ => Get("/api/v1/notices")), 3),
            (new("GET /api/v1/proceedings (case law)", _ => Get("/api/v1/proceedings?judgments=true&year=2025")), 1),
            (new("GET /api/v1/signals?scope=Received", _ => Get("/api/v1/signals?scope=Received")), 2),
            (new("GET /api/v1/deadlines", _ => Get("/api/v1/deadlines?from=2026-11-01&to=2027-01-31")), 2),
        ],
        ["returnunit"] =
        [
            (new("POST /api/v1/protection-checks", p => Json(HttpMethod.Post, "/api/v1/protection-checks", new { personName = $"Load Person {p.Random.Next(5000)}" })), 1),
        ],
        ["rapporteur"] =
        [
            (new("GET /api/v1/statistics/key-figures", _ => Get("/api/v1/statistics/key-figures?year=2025")), 1),
        ],
        ["auditor"] =
        [
            (new("GET /api/v1/audit", _ => Get("/api/v1/audit?limit=50")), 1),
        ],
        ["anonymous"] =
        [
            (new("GET /Account/Login (page)", _ => Get("/Account/Login")), 1),
            (new("GET /health/ready", _ => Get("/health/ready")), 1),
        ],
    };

    /// <summary>Of a hundred simulated people, how many have each role.</summary>
    private static readonly (string Role, int Share)[] Population =
        [("frontline", 35), ("caseworker", 25), ("prosecutor", 10), ("returnunit", 10), ("rapporteur", 5), ("auditor", 5), ("anonymous", 10)];

    /// <summary>args: base-url minutes users think-ms role=token... (frontline, caseworker, prosecutor, returnunit, rapporteur, auditor).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args[0].TrimEnd('/');
        var duration = TimeSpan.FromMinutes(double.Parse(args[1], CultureInfo.InvariantCulture));
        var users = int.Parse(args[2], CultureInfo.InvariantCulture);
        var think = int.Parse(args[3], CultureInfo.InvariantCulture);
        var tokens = args[4..].Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        tokens["anonymous"] = string.Empty;

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = users, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(100),
        };
        var people = Enumerable.Range(0, users).Select(i =>
        {
            var slot = i % 100;
            var role = Population.First(r => (slot -= r.Share) < 0).Role;
            return new Person(role, tokens[role], new Random(i));
        }).ToList();

        // Every kind of request once before the clock starts (writes come first in each mix, so reads find something):
        // a request that cannot succeed is a mistake in this driver, not load.
        foreach (var (role, mix) in Mixes)
        {
            var person = new Person(role, tokens[role], new Random(0));
            foreach (var (action, _) in mix)
            {
                var (ok, detail) = await SendAsync(http, person, action);
                if (ok != true)
                {
                    Console.Error.WriteLine($"{role}: {action.Name} fails before the run: {detail}");
                    return 2;
                }
            }
        }

        var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var progress = Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await Task.Delay(TimeSpan.FromSeconds(60));
                Console.WriteLine($"  {clock.Elapsed.TotalMinutes:F0} min: {latencies.Values.Sum(l => l.Count)} requests, {errors.Values.Sum()} errors");
            }
        });
        await Task.WhenAll(people.Select(async person =>
        {
            // Staggered arrival over the first think time, as people do not all press a key at the same instant.
            await Task.Delay(person.Random.Next(Math.Max(1, think * 2)));
            while (clock.Elapsed < duration)
            {
                var action = Pick(person);
                var started = Stopwatch.GetTimestamp();
                var (ok, detail) = await SendAsync(http, person, action);
                if (ok is null)
                {
                    continue;
                }

                latencies.GetOrAdd(action.Name, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (ok == false)
                {
                    errors.AddOrUpdate(action.Name, 1, (_, n) => n + 1);
                    if (samples.Count < 20)
                    {
                        samples.Enqueue($"{action.Name}: {detail}");
                    }
                }

                // Think time: uniform between half and one and a half times the mean.
                await Task.Delay(think / 2 + person.Random.Next(Math.Max(1, think)));
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        await progress;

        var results = latencies.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => Result(l.Key, [.. l.Value], errors.GetValueOrDefault(l.Key), seconds)).ToList();
        var all = Result("all requests", [.. latencies.Values.SelectMany(l => l)], errors.Values.Sum(), seconds);
        Console.WriteLine($"{users} simulated people ({string.Join(", ", people.GroupBy(p => p.Role).Select(g => $"{g.Count()} {g.Key}"))}), " +
                          $"think time {think / 2}-{think * 3 / 2} ms, {seconds:F0} s");
        foreach (var r in results.Append(all))
        {
            Console.WriteLine(r);
        }

        foreach (var sample in samples)
        {
            Console.WriteLine("error: " + sample);
        }

        Console.WriteLine($"error rate: {(all.Requests == 0 ? 0 : (double)all.Errors / all.Requests):P3}");
        return all.Errors == 0 && all.Requests > 0 ? 0 : 1;
    }

    private static Action Pick(Person person)
    {
        var mix = Mixes[person.Role];
        var n = person.Random.Next(mix.Sum(a => a.Weight));
        return mix.First(a => (n -= a.Weight) < 0).Action;
    }

    /// <summary>Ok is null when the person has nothing of their own to read yet: nothing was sent.</summary>
    private static async Task<(bool? Ok, string Detail)> SendAsync(HttpClient http, Person person, Action action)
    {
        using var request = action.Request(person);
        if (request is null)
        {
            return (null, "nothing to read yet");
        }

        if (person.Token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", person.Token);
        }

        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                return (false, $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }

            if (action.Remember is not null)
            {
                lock (person)
                {
                    action.Remember(person, JsonDocument.Parse(body).RootElement.Clone());
                }
            }

            return (true, string.Empty);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return (false, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static LoadResult Result(string name, double[] latencies, int errors, double seconds)
    {
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
        return new LoadResult(name, latencies.Length, errors, seconds, At(0.50), At(0.95), At(0.99));
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };

    private static object Signal(Person p) => new
    {
        detectedAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("O", CultureInfo.InvariantCulture),
        municipality = "Antwerpen",
        postalCode = "2000",
        context = "LabourInspection",
        circumstances = "Load run",
        persons = new object[]
        {
            new { name = $"Load Adult {p.Sequence++}", nationalities = new[] { "IN" }, indicatorListId = "ilo-ec-delphi-adult-labour", indicators = new[] { "ADL-DR-S1", "ADL-CR-M1" } },
            new { name = $"Load Minor {p.Sequence++}", birthDate = "2012-02-03", nationalities = new[] { "AL" } },
        },
    };
}
