using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Retention;

/// <summary>One record class in a purge: how many files had it due, and how many rows were erased (none in a dry run).</summary>
public sealed record PurgeClassCount(RecordClass RecordClass, int Files, int Records);

/// <summary>What a purge did or, in a dry run, would do. Counts only: no reference, no name, no content.</summary>
/// <param name="FilesHeld">Files past a period that a legal hold in force keeps.</param>
/// <param name="Unerasable">Classes with a period but no eraser in this version: never purged (see <see cref="IRecordEraser"/>).</param>
public sealed record PurgeReport(DateOnly Today, bool DryRun, int FilesDue, int FilesErased, int FilesHeld, int Failures,
    IReadOnlyList<PurgeClassCount> Classes, IReadOnlyList<RecordClass> Unerasable);

/// <summary>
/// Erases personal data past its retention period. A file's period runs from the end of its support: the latest
/// closure of its support cases, once none is open (<see cref="RetentionRules"/>); files no centre supported have no
/// such end and are not purged. Each file is erased in a transaction of its own with an audit entry of counts; the
/// pass ends with one entry of totals. Nothing is decrypted: the holds' reasons are not needed to obey them.
/// </summary>
public sealed class RetentionPurge(AppDbContext db, IEnumerable<IRecordEraser> erasers, RetentionOptions options, AuditLog audit, TimeProvider clock,
    FieldProtector protector, ILogger<RetentionPurge> log)
{
    private readonly List<IRecordEraser> _erasers = [.. erasers];

    public async Task<PurgeReport> RunAsync(bool dryRun, CancellationToken ct)
    {
        // Erasing writes encrypted empty values: a key ring rolled inside the transaction would wait for its own lock on SQLite.
        protector.EnsureKeyRing();
        var today = LegalCalendar.Today(clock);
        var plan = await PlanAsync(today, ct);
        var records = new Dictionary<RecordClass, int>();
        var erased = 0;
        var failures = 0;
        if (!dryRun)
        {
            foreach (var file in plan.Due)
            {
                var counts = await EraseFileAsync(file, today, ct);
                if (counts is null)
                {
                    failures++;
                    continue;
                }

                erased++;
                foreach (var (recordClass, n) in counts)
                {
                    records[recordClass] = records.GetValueOrDefault(recordClass) + n;
                }
            }
        }

        var classes = Erasable.Select(c => new PurgeClassCount(c, plan.Due.Count(f => f.Classes.Contains(c)), records.GetValueOrDefault(c))).ToList();
        var report = new PurgeReport(today.ToDateOnly(), dryRun, plan.Due.Count, erased, plan.Held, failures, classes, Unerasable);
        audit.Record(AuditEventType.RetentionPurgeRun, "Retention", null, details: Describe(report));
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The personal classes some feature knows how to erase.</summary>
    private List<RecordClass> Erasable => [.. Enum.GetValues<RecordClass>().Where(c => _erasers.Any(e => e.RecordClass == c))];

    private List<RecordClass> Unerasable => [.. Enum.GetValues<RecordClass>().Where(c => RetentionSchedule.IsPersonal(c) && !_erasers.Any(e => e.RecordClass == c))];

    private sealed record DueFile(Guid CaseId, LocalDate ClosedOn, IReadOnlyList<RecordClass> Classes);

    private sealed record Plan(IReadOnlyList<DueFile> Due, int Held);

    private async Task<Plan> PlanAsync(LocalDate today, CancellationToken ct)
    {
        var supports = await db.SupportCases.AsNoTracking().Select(s => new { s.CaseId, s.Status, s.ClosedOn }).ToListAsync(ct);
        var ended = supports.GroupBy(s => s.CaseId)
            .Where(g => g.All(s => s.Status == SupportCaseStatus.Closed && s.ClosedOn is not null))
            .Select(g => (CaseId: g.Key, ClosedOn: g.Max(s => s.ClosedOn!.Value)))
            .ToList();
        var holds = (await db.LegalHolds.AsNoTracking().Select(h => new { h.Id, h.CaseId, h.PlacedOn, h.LiftedOn }).ToListAsync(ct))
            .ToLookup(h => h.CaseId, h => new LegalHold("hold " + h.Id, h.PlacedOn, h.LiftedOn));
        var done = (await db.RetentionErasures.AsNoTracking().Select(e => new { e.CaseId, e.RecordClass, e.ClosedOn }).ToListAsync(ct))
            .Select(e => (e.CaseId, e.RecordClass, e.ClosedOn)).ToHashSet();

        var due = new List<DueFile>();
        var held = 0;
        foreach (var (caseId, closedOn) in ended)
        {
            var classes = new List<RecordClass>();
            var isHeld = false;
            foreach (var recordClass in Erasable)
            {
                var decision = RetentionRules.Due(recordClass, closedOn, [.. holds[caseId]], today, options.Schedule);
                if (decision.Verdict == RetentionVerdict.Purge && !done.Contains((caseId, recordClass, closedOn)))
                {
                    classes.Add(recordClass);
                }

                isHeld |= decision.Verdict == RetentionVerdict.Held && !done.Contains((caseId, recordClass, closedOn));
            }

            if (classes.Count > 0)
            {
                due.Add(new DueFile(caseId, closedOn, classes));
            }

            if (isHeld)
            {
                held++;
            }
        }

        return new Plan(due, held);
    }

    /// <summary>One file, all or nothing; null when it failed (logged, retried at the next pass).</summary>
    private async Task<Dictionary<RecordClass, int>?> EraseFileAsync(DueFile file, LocalDate today, CancellationToken ct)
    {
        var counts = new Dictionary<RecordClass, int>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var recordClass in file.Classes)
            {
                var n = 0;
                foreach (var eraser in _erasers.Where(e => e.RecordClass == recordClass))
                {
                    n += await eraser.EraseAsync(file.CaseId, ct);
                }

                counts[recordClass] = n;
                db.RetentionErasures.Add(new RetentionErasure(Guid.CreateVersion7(), file.CaseId, recordClass, file.ClosedOn, today, clock.GetUtcNow(), n));
            }

            audit.Record(AuditEventType.RetentionRecordsErased, "Case", file.CaseId.ToString(),
                details: $"support ended {file.ClosedOn.ToDateOnly():yyyy-MM-dd}; " + string.Join(" ", counts.Select(c => $"{c.Key}={c.Value}")));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return counts;
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // Another server's purge may have erased this file first (the register's unique index); either way nothing of this attempt stays.
            log.LogWarning(ex, "Retention purge of file {CaseId} failed; it is retried at the next pass", file.CaseId);
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string Describe(PurgeReport report) =>
        FormattableString.Invariant($"{(report.DryRun ? "dry run" : "run")} {report.Today:yyyy-MM-dd}: due={report.FilesDue} erased={report.FilesErased} held={report.FilesHeld} failed={report.Failures}; ")
        + string.Join(" ", report.Classes.Select(c => FormattableString.Invariant($"{c.RecordClass}={c.Files}/{c.Records}")))
        + (report.Unerasable.Count > 0 ? "; no eraser: " + string.Join(",", report.Unerasable) : string.Empty);
}
