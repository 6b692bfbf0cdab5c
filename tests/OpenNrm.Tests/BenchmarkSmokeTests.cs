using System.Diagnostics;
using Xunit.Abstractions;

namespace OpenNrm.Tests;

[CollectionDefinition(nameof(BenchmarkSmoke), DisableParallelization = true)]
public sealed class BenchmarkSmoke;

/// <summary>
/// Every benchmark of docs/benchmarks.md at a small size (bench/smoke.sh): each must still run to its end with its
/// floors, and no request may fail. Alone, after the other tests (its own collection), since it starts servers and a
/// PostgreSQL cluster of its own. Times are printed, never asserted: a benchmark's figures belong in the large runs.
/// </summary>
[Collection(nameof(BenchmarkSmoke))]
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_benchmark_runs_to_its_end_at_a_small_size_with_its_floors()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenNrm.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("bench/smoke.sh");
        // The scripts set their own database and mode; nothing of a developer's shell may point them elsewhere.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OpenNrm__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout + await stderr;
        output.WriteLine(text);

        Assert.True(process.ExitCode == 0, $"bench/smoke.sh exited with {process.ExitCode}:\n{text[Math.Max(0, text.Length - 4000)..]}");
        // Each benchmark printed its measures and floors, and the batch work its passes.
        foreach (var line in new[]
                 {
                     "floor: GET /health/live (empty endpoint)", "floor: raw SQL reading the same rows", "floor: raw SQL insert of the same rows", "floor: raw SQL insert of the signal's rows",
                     "POST /api/v1/protection-checks", "cold start to /health/ready (build)", "cold start to /health/ready (published, ahead of time)", "pass 1:", "as of ", "== floors", "people for",
                     "floor: raw SQL, protection check rows", "floor: raw SQL, the check's questions (no hit)", "floor: raw SQL, who accessed the file", "smoke: every benchmark ran to its end",
                     "floor: HMAC-SHA256 of the canonical bytes", "the procedure's state (ProcedureEvaluator.Evaluate)", "the year's published figures (StatisticsCalculator.Year)",
                     "batch 1 of", "trail with its indexes:", "who accessed the file, with chain positions", "who accessed the file, entries only", "removing the added entries",
                 })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
    }
}
