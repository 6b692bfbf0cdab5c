using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Notices;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Deadlines;

public sealed record SweepResult(int Procedures, int NoticesRaised, int Skipped);

/// <summary>
/// Visits the pending procedures whose review day has come (<see cref="ReviewPlan"/>), in pages: refreshes each one's
/// summary (dates pass without events), raises the notices the reminder plan asks for, then sets the next review
/// day. A procedure with nothing due is not evaluated at all, so a day's pass costs what changes that day, not the
/// whole register. Safe with several servers: a notice's key is unique per procedure, so a second server's insert of
/// the same notice fails and is skipped, and a summary is only written over the version it was computed from.
/// </summary>
public sealed class DeadlineSweep(AppDbContext db, TimeProvider clock, DeadlineOptions options, ILogger<DeadlineSweep> logger)
{
    private const int PageSize = 200;

    /// <param name="everyPending">
    /// Visit every pending procedure whatever its review day: after the lead times were changed, since the review
    /// days were planned with the old ones.
    /// </param>
    public async Task<SweepResult> RunAsync(IProgress<int>? progress, bool everyPending, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var now = clock.GetUtcNow();
        int procedures = 0, raised = 0, skipped = 0;
        // The identifiers first (16 bytes each), then the pages: the set of pending procedures changes as we go.
        var all = await db.Procedures
            .Where(p => p.SummarisedOn == null || (p.IsPending && (everyPending || p.ReviewOn == null || p.ReviewOn <= today)))
            .Select(p => p.Id).ToListAsync(ct);
        foreach (var ids in all.Chunk(PageSize))
        {
            var page = await db.Procedures.AsNoTracking().Include(p => p.Events).Where(p => ids.Contains(p.Id)).AsSplitQuery().ToListAsync(ct);
            var caseIds = page.Select(p => p.CaseId).ToList();
            var known = (await db.Notices.Where(n => ids.Contains(n.SubjectId)).Select(n => new { n.SubjectId, n.Key }).ToListAsync(ct))
                .Select(n => (n.SubjectId, n.Key)).ToHashSet();
            var references = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference })
                .ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
            foreach (var procedure in page)
            {
                var state = procedure.Summarise(today);
                procedure.ScheduleReview(state, options.LeadDays);
                foreach (var reminder in ReminderPlan.Due(state, today, options.LeadDays).Where(r => !known.Contains((procedure.Id, r.Key))))
                {
                    db.Notices.Add(new Notice(Guid.CreateVersion7(), procedure.CentreId, procedure.CaseworkerId,
                        reminder.Kind == ReminderKind.Missed ? NoticeKind.DeadlineMissed : NoticeKind.DeadlineApproaching, "Procedure", procedure.Id,
                        references.GetValueOrDefault(procedure.CaseId, string.Empty), reminder.Deadline, reminder.DueOn, reminder.LeadDays, reminder.Key, now));
                    raised++;
                }
            }

            // The notices first, then the summaries with their review days: a pass stopped between the two looks at
            // these procedures again next time (their notices are not raised twice), rather than leaving a notice
            // due today behind a review day in the future.
            raised -= await SaveNoticesAsync(ct);
            skipped += page.Count - await VersionedBatch.UpdateAsync(db, page, SummaryColumns, p => SaveSummaryAsync(p, ct), ct);

            procedures += page.Count;
            progress?.Report(procedures);
        }

        logger.LogInformation("Deadline sweep for {Today}: {Procedures} procedures, {Raised} notices raised, {Skipped} skipped", today, procedures, raised, skipped);
        return new SweepResult(procedures, raised, skipped);
    }

    private static readonly string[] SummaryColumns =
    [
        nameof(ResidenceProcedure.IsPending), nameof(ResidenceProcedure.Stage), nameof(ResidenceProcedure.NextDeadlineOn),
        nameof(ResidenceProcedure.NextDeadlineKind), nameof(ResidenceProcedure.SummarisedOn), nameof(ResidenceProcedure.ReviewOn),
    ];

    /// <summary>Only over the version read: an event recorded meanwhile has already refreshed the summary itself.</summary>
    private async Task<bool> SaveSummaryAsync(ResidenceProcedure p, CancellationToken ct) =>
        await db.Procedures.Where(x => x.Id == p.Id && x.Version == p.Version).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.IsPending, p.IsPending)
            .SetProperty(x => x.Stage, p.Stage)
            .SetProperty(x => x.NextDeadlineOn, p.NextDeadlineOn)
            .SetProperty(x => x.NextDeadlineKind, p.NextDeadlineKind)
            .SetProperty(x => x.SummarisedOn, p.SummarisedOn)
            .SetProperty(x => x.ReviewOn, p.ReviewOn), ct) == 1;

    /// <summary>Returns how many notices were not stored because another server raised them first.</summary>
    private async Task<int> SaveNoticesAsync(CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<Notice>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
            return 0;
        }
        catch (DbUpdateException)
        {
            // One of the page's notices exists already: store the others one by one.
            db.ChangeTracker.Clear();
            var lost = 0;
            foreach (var notice in pending)
            {
                db.Notices.Add(notice);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    lost++;
                }

                db.ChangeTracker.Clear();
            }

            return lost;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
