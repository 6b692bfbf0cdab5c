using System.Diagnostics;

namespace OpenNrm.Bench;

public sealed record LoadResult(string Name, int Requests, int Errors, double Seconds, double P50, double P95, double P99)
{
    public double PerSecond => Requests / Seconds;

    public override string ToString() =>
        $"{Name,-44} {Requests,7} req {Errors,4} err {PerSecond,9:F0}/s  p50 {P50,7:F2} ms  p95 {P95,7:F2} ms  p99 {P99,7:F2} ms";
}

/// <summary>Runs one operation from N concurrent workers for a fixed time; stops by itself.</summary>
public static class Load
{
    /// <param name="think">
    /// Without it each worker sends its next request as soon as the last is answered (a saturating load). With it each
    /// worker is a user who pauses after every answer, for a random time of this mean (exponential, as people's pauses
    /// are), and only the requests are timed.
    /// </param>
    public static async Task<LoadResult> RunAsync(string name, int workers, TimeSpan duration, Func<int, Task<bool>> operation, TimeSpan? think = null)
    {
        // Warm-up: JIT, connection pools, SQLite page cache.
        for (var i = 0; i < 20; i++)
        {
            await operation(i);
        }

        var latencies = new List<double>[workers];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            var random = new Random(w);
            var n = 0;
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await operation(w * 1_000_000 + n++);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                if (think is { } mean)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(-Math.Log(1 - random.NextDouble()) * mean.TotalMilliseconds));
                }
            }
        }).ToList();
        await Task.WhenAll(tasks);
        var seconds = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new LoadResult(name, all.Length, errors, seconds, At(0.50), At(0.95), At(0.99));
    }
}
