using Microsoft.Extensions.Logging;
using NodaTime;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Synthetic;

namespace OpenNrm.Web.Features.Deadlines;

/// <summary>
/// The deadline sweep run as if a later day had come, to measure on generated data what the passes of the coming
/// days will cost. It raises real notices dated ahead, so it follows the generator's rule
/// (<see cref="SyntheticDataGuard"/>): only demo and synthetic files, or other files in demo mode with --force.
/// </summary>
public sealed class SweepRehearsal(AppDbContext db, DeadlineOptions options, OpenNrmOptions app, ILoggerFactory loggers)
{
    public async Task<(SweepResult? Result, string? Refusal)> RunAsync(LocalDate asOf, bool force, CancellationToken ct)
    {
        var others = await SyntheticDataGuard.OtherFilesAsync(db, ct);
        if (SyntheticDataGuard.Refusal(others, app.DemoMode, force) is not null)
        {
            return (null, $"The database holds {others} file(s) that neither the demo seeder nor the generator made: a sweep as of another day would send " +
                          "their caseworkers notices dated ahead. Rehearse on generated data only; in demo mode, --force accepts files typed in by hand.");
        }

        // Noon in Brussels is the same legal day whatever the season.
        var clock = new FixedClock(asOf.AtMidnight().InUtc().ToDateTimeOffset().AddHours(11));
        var sweep = new DeadlineSweep(db, clock, options, loggers.CreateLogger<DeadlineSweep>());
        return (await sweep.RunAsync(null, everyPending: false, ct), null);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
