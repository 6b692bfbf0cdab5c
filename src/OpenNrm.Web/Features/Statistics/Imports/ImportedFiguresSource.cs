using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>Reads the batches in force for a year: one per source at most, the database's unique index says so.</summary>
public sealed class ImportedFiguresSource(AppDbContext db)
{
    public async Task<IReadOnlyList<StatisticsImportBatch>> InForceAsync(int year, CancellationToken ct) =>
        await db.StatisticsImportBatches.AsNoTracking()
            .Include(b => b.Figures)
            .Where(b => b.Year == year && b.Status == ImportBatchStatus.InForce)
            .OrderBy(b => b.Source)
            .ToListAsync(ct);
}
