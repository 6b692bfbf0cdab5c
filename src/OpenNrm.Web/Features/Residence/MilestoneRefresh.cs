using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Web.Features.Residence;

/// <summary>
/// Computes the milestones of the procedures that have none of the current version (written before they were kept,
/// or under older rules), in pages. The statistics are right without it (they evaluate such rows from their events);
/// it makes them fast again after an upgrade. Run by `migrate` and at each pass of the deadline job. Safe beside an
/// event being recorded: a row is written only over the version it was computed from (<see cref="VersionedBatch"/>).
/// </summary>
public sealed class MilestoneRefresh(AppDbContext db, TimeProvider clock)
{
    private const int PageSize = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        // Older versions only (an index range): a row a newer version wrote is left to that version.
        var stale = await db.Procedures.Where(p => p.MilestonesVersion < ProcedureMilestones.Version).Select(p => p.Id).ToListAsync(ct);
        var written = 0;
        foreach (var ids in stale.Chunk(PageSize))
        {
            var page = await db.Procedures.AsNoTracking().Include(p => p.Events).Where(p => ids.Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
            foreach (var p in page)
            {
                // Events are never dated after the day they are recorded, so today's reading holds every one of them.
                p.KeepMilestones(ProcedureMilestones.Of(p.History(), today));
            }

            written += await SavePageAsync(page, ct);
        }

        return written;
    }

    private Task<int> SavePageAsync(List<ResidenceProcedure> page, CancellationToken ct) =>
        VersionedBatch.UpdateAsync(db, page, Columns, async p => await db.Procedures.Where(x => x.Id == p.Id && x.Version == p.Version).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ReflectionStartOn, p.ReflectionStartOn)
            .SetProperty(x => x.IdentifiedOn, p.IdentifiedOn)
            .SetProperty(x => x.FirstACardOn, p.FirstACardOn)
            .SetProperty(x => x.BCardOn, p.BCardOn)
            .SetProperty(x => x.ExitOn, p.ExitOn)
            .SetProperty(x => x.ExitReason, p.ExitReason)
            .SetProperty(x => x.DocumentHistory, p.DocumentHistory)
            .SetProperty(x => x.MilestonesVersion, p.MilestonesVersion), ct) == 1, ct);

    private static readonly string[] Columns =
    [
        nameof(ResidenceProcedure.ReflectionStartOn), nameof(ResidenceProcedure.IdentifiedOn), nameof(ResidenceProcedure.FirstACardOn),
        nameof(ResidenceProcedure.BCardOn), nameof(ResidenceProcedure.ExitOn), nameof(ResidenceProcedure.ExitReason),
        nameof(ResidenceProcedure.DocumentHistory), nameof(ResidenceProcedure.MilestonesVersion),
    ];
}
