using System.Diagnostics;
using System.Globalization;

namespace OpenNrm.Tests.Durability;

/// <summary>How hard to crash: the number of SIGKILLs, the writers, and the range of uptime before each kill.</summary>
public sealed record CrashSettings(int Kills, int Writers, TimeSpan MinUptime, TimeSpan MaxUptime, int Seed)
{
    /// <summary>
    /// CI's short run, unless OPENNRM_CRASH_KILLS / OPENNRM_CRASH_SEED ask for another (bench/crash.sh does for the long run).
    /// </summary>
    public static CrashSettings FromEnvironment(int kills) => new(
        Kills: int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_CRASH_KILLS"), CultureInfo.InvariantCulture, out var k) ? k : kills,
        Writers: 6,
        MinUptime: TimeSpan.FromMilliseconds(300),
        MaxUptime: TimeSpan.FromMilliseconds(2500),
        Seed: int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_CRASH_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next());
}

/// <summary>
/// Start the real server, write, SIGKILL it at a random moment, start it again on the same database, as many times
/// as asked; then check everything acknowledged (<see cref="DurabilityCheck"/>). <c>beforeRestart</c> lets a negative
/// control damage the storage between a kill and the next start.
/// </summary>
public sealed class CrashRun(Installation installation, CrashSettings settings, Action<string> log)
{
    public async Task<(DurabilityReport Report, IReadOnlyCollection<string> UnexpectedAnswers)> RunAsync(Func<Task>? beforeRestart = null)
    {
        var token = await installation.AccountWithTokenAsync(Domain.Access.Role.FrontlineOfficer);
        var load = new SignalLoad(token);
        var random = new Random(settings.Seed);
        log($"{installation.Provider}: {settings.Kills} kills, {settings.Writers} writers, uptime {settings.MinUptime.TotalMilliseconds:F0}-" +
            $"{settings.MaxUptime.TotalMilliseconds:F0} ms after the first acknowledgement of each run, seed {settings.Seed}");
        var clock = Stopwatch.StartNew();
        for (var kill = 1; kill <= settings.Kills; kill++)
        {
            using var server = installation.StartServer();
            await server.WaitUntilReadyAsync();
            var before = load.Acknowledged.Count;
            using var stop = new CancellationTokenSource();
            var writing = load.RunAsync(server.Address, settings.Writers, stop.Token);
            // The random moment is counted from the first acknowledgement, so that every run writes even on a slow machine.
            await WaitForFirstAcknowledgementAsync(load, before, writing);
            var uptime = settings.MinUptime + ((settings.MaxUptime - settings.MinUptime) * random.NextDouble());
            await Task.Delay(uptime);
            await server.KillAsync();
            await stop.CancelAsync();
            await writing;
            log($"kill {kill}/{settings.Kills} {uptime.TotalMilliseconds:F0} ms after the first acknowledgement: {load.Acknowledged.Count - before} acknowledged in this run, " +
                $"{load.Acknowledged.Count} in all ({clock.Elapsed.TotalSeconds:F0} s)" +
                (load.UnexpectedAnswers.Count > 0 ? $"; {load.UnexpectedAnswers.Count} unexpected answers, e.g. {load.UnexpectedAnswers.First()}" : string.Empty));
            if (beforeRestart is not null)
            {
                await beforeRestart();
            }
        }

        var report = await DurabilityCheck.RunAsync(installation, token, load.Acknowledged);
        log($"{installation.Provider}: {report} ({clock.Elapsed.TotalSeconds:F0} s)");
        return (report, load.UnexpectedAnswers);
    }

    private static async Task WaitForFirstAcknowledgementAsync(SignalLoad load, int before, Task writing)
    {
        var waited = Stopwatch.StartNew();
        while (load.Acknowledged.Count == before && !writing.IsCompleted && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(20);
        }
    }
}
