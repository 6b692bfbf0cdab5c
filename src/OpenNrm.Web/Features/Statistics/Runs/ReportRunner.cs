using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Statistics.Runs;

/// <summary>
/// Generates one queued run: the same export as a direct download (<see cref="StatisticsExports"/>), in the
/// language of the request, audited as the person who asked. Progress goes to the run's row through a unit of
/// work of its own, so the export's unit of work (its audit entry) never saves a half-written run.
/// </summary>
public sealed class ReportRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportRunner> logger)
{
    public async Task RunAsync(Guid runId, CancellationToken ct)
    {
        await using var progressScope = scopes.CreateAsyncScope();
        var progressDb = progressScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await progressDb.Set<ReportRun>().FirstOrDefaultAsync(r => r.Id == runId && r.Status == ReportRunStatus.Queued, ct);
        if (run is null)
        {
            return;
        }

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(run.Culture);
            await using var work = scopes.CreateAsyncScope();
            var progress = new RowProgress(progressDb, run);
            var file = await work.ServiceProvider.GetRequiredService<StatisticsExports>()
                .FileAsync(run.Kind, run.Year, new Requester(run.RequestedBy, run.OrganisationId), progress, ct);
            run.Finish(file, clock.GetUtcNow());
            await progressDb.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Report run {RunId} ({Kind}, {Year}) failed", run.Id, run.Kind, run.Year);
            progressDb.ChangeTracker.Clear();
            await progressDb.Set<ReportRun>().Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ReportRunStatus.Failed)
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>Writes each step to the run's row as it starts (a handful of writes per run).</summary>
    private sealed class RowProgress(AppDbContext db, ReportRun run) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            run.Progress(value);
            db.SaveChanges();
        }
    }
}
