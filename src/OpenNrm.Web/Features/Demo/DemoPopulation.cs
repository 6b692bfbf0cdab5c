using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Synthetic;

namespace OpenNrm.Web.Features.Demo;

/// <summary>
/// Demo mode only: a generated population beside the hand-made demo files, so that a newcomer's lists, legal
/// clocks, referrals and statistics look like a working decade rather than two dozen files. The persons come from
/// <see cref="SyntheticDataGenerator"/> (every event through the domain's rules, names encrypted, the trail sealed)
/// with a fixed seed, so every demo shows the same people. Made once: a database that already holds generated files
/// is left as it is.
/// </summary>
public sealed class DemoPopulation(AppDbContext db, SyntheticDataGenerator generator)
{
    public const int Seed = 2026;

    /// <summary>Null when there is nothing to do (none asked, or made at an earlier start); else the generator's outcome.</summary>
    public async Task<GenerationOutcome?> EnsureAsync(int persons, CancellationToken ct)
    {
        if (persons == 0 || await db.Cases.AnyAsync(c => c.Reference.StartsWith(SyntheticDataGuard.SyntheticPrefix), ct))
        {
            return null;
        }

        // One transaction for the whole population: a start stopped half-way leaves none of it, and the next start
        // makes all of it. Files typed in by hand in an older demo database are not overridden (no --force here).
        return await generator.GenerateAsync(new GenerationRequest(persons, Seed, BatchSize: persons), progress: null, ct);
    }
}
