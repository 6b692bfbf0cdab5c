using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Statistics.Runs;

public enum StartOutcome
{
    Started,

    /// <summary>The person already has <see cref="ReportRuns.MaxUnfinished"/> runs under way.</summary>
    TooMany,
}

/// <summary>A person's background exports: start one, follow it, fetch its file. Nobody sees another person's run (404).</summary>
public sealed class ReportRuns(AppDbContext db, CurrentUser me, ReportRunQueue queue, TimeProvider clock)
{
    /// <summary>Each run reads every record of the country: a few at a time per person is plenty and keeps the server for others.</summary>
    public const int MaxUnfinished = 3;

    /// <summary>How long a finished file stays to be downloaded again.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async Task<(StartOutcome Outcome, Guid? RunId)> StartAsync(ExportKind kind, int year, CancellationToken ct)
    {
        var user = me.UserId ?? throw new InvalidOperationException("A run is started by a signed-in person.");
        var now = clock.GetUtcNow();
        var abandonedBefore = now - ReportRun.AbandonedAfter;
        var unfinished = await db.Set<ReportRun>().CountAsync(r => r.RequestedBy == user && r.RequestedAt > abandonedBefore
            && (r.Status == ReportRunStatus.Queued || r.Status == ReportRunStatus.Running), ct);
        if (unfinished >= MaxUnfinished)
        {
            return (StartOutcome.TooMany, null);
        }

        // The person's files of yesterday and before go as they start a new one: nothing is kept longer than needed.
        var expired = now - KeptFor;
        await db.Set<ReportRun>().Where(r => r.RequestedBy == user && r.RequestedAt < expired).ExecuteDeleteAsync(ct);
        var run = new ReportRun(Guid.CreateVersion7(), user, me.OrganisationId, year, kind, CultureInfo.CurrentUICulture.Name, now);
        db.Add(run);
        await db.SaveChangesAsync(ct);
        queue.Enqueue(run.Id);
        return (StartOutcome.Started, run.Id);
    }

    /// <summary>The caller's own run, without its file; null for a run of someone else or none.</summary>
    public Task<ReportRunView?> FindAsync(Guid id, CancellationToken ct)
    {
        var user = me.UserId ?? Guid.Empty;
        return db.Set<ReportRun>().AsNoTracking().Where(r => r.Id == id && r.RequestedBy == user)
            .Select(r => new ReportRunView(r.Id, r.Kind, r.Year, r.Status, r.Step, ReportProgress.StepCount, r.StepName, r.RequestedAt, r.FinishedAt))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The caller's own finished file; null otherwise.</summary>
    public Task<ExportFile?> FileAsync(Guid id, CancellationToken ct)
    {
        var user = me.UserId ?? Guid.Empty;
        return db.Set<ReportRun>().AsNoTracking().Where(r => r.Id == id && r.RequestedBy == user && r.Status == ReportRunStatus.Ready && r.Content != null)
            .Select(r => new ExportFile(r.Content!, r.ContentType, r.FileName))
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>A run as its page shows it.</summary>
public sealed record ReportRunView(Guid Id, ExportKind Kind, int Year, ReportRunStatus Status, int Step, int Steps, string StepName, DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt)
{
    public ReportRunStatus StatusAt(DateTimeOffset now) =>
        Status is ReportRunStatus.Queued or ReportRunStatus.Running && now - RequestedAt > ReportRun.AbandonedAfter ? ReportRunStatus.Failed : Status;

    public bool IsFinished(DateTimeOffset now) => StatusAt(now) is ReportRunStatus.Ready or ReportRunStatus.Failed;
}
