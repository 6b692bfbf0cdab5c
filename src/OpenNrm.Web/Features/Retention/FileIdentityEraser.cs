using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Statistics;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Erases what identifies the person of a file once its support case's period has passed: the name and its keyed
/// hashes, aliases, languages, ticked indicators, the free text of signals, referrals and same-person links, and the
/// place of detection. What <see cref="StatisticsSource"/> counts stays as it reads it: the dates, the judicial
/// district, the detecting service, gender, nationalities, minority, the suspected exploitation, the referral and the
/// procedure; the birth date becomes the coarsest date that gives the same age on every counted date.
/// </summary>
public sealed class FileIdentityEraser(AppDbContext db) : IRecordEraser
{
    public RecordClass RecordClass => RecordClass.SupportCase;

    public async Task<int> EraseAsync(Guid caseId, CancellationToken ct)
    {
        var rows = await db.Cases.Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonName, string.Empty).SetProperty(c => c.NameIndex, string.Empty), ct);
        rows += await db.CaseNameKeys.Where(k => k.CaseId == caseId).ExecuteDeleteAsync(ct);
        rows += await db.CaseMerges.Where(m => m.SurvivorId == caseId || m.MergedId == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reason, string.Empty).SetProperty(m => m.UndoReason, string.Empty), ct);
        rows += await db.Referrals.Where(r => r.CaseId == caseId && (r.OverrideReason != null || r.CancellationReason != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.OverrideReason, r => r.OverrideReason == null ? null : string.Empty)
                .SetProperty(r => r.CancellationReason, r => r.CancellationReason == null ? null : string.Empty), ct);
        rows += await PersonsAsync(caseId, ct);
        rows += await SignalsAsync(caseId, ct);
        return rows;
    }

    private async Task<int> PersonsAsync(Guid caseId, CancellationToken ct)
    {
        var persons = await db.Set<SignalPerson>().AsNoTracking().Where(p => p.CaseId == caseId).Select(p => new { p.Id, p.BirthDate }).ToListAsync(ct);
        var dates = persons.Any(p => p.BirthDate is not null) ? await CountedDatesAsync(caseId, ct) : [];
        foreach (var person in persons)
        {
            LocalDate? born = person.BirthDate is { } b ? BirthDateGeneralisation.Coarsest(b, dates) : null;
            await db.Set<SignalPerson>().Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Aliases, string.Empty)
                .SetProperty(p => p.Languages, string.Empty)
                .SetProperty(p => p.IndicatorCodes, string.Empty)
                .SetProperty(p => p.BirthDate, born), ct);
        }

        return persons.Count;
    }

    /// <summary>
    /// A signal may concern several persons: its circumstances and place go only once every one of their files is
    /// erased (this one now, the others before). The judicial district stays: the statistics place persons by it.
    /// </summary>
    private Task<int> SignalsAsync(Guid caseId, CancellationToken ct)
    {
        var erased = db.RetentionErasures.Where(e => e.RecordClass == RecordClass.SupportCase).Select(e => e.CaseId);
        return db.Signals
            .Where(s => s.Persons.Any(p => p.CaseId == caseId) && s.Persons.All(p => p.CaseId == caseId || erased.Contains(p.CaseId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Circumstances, string.Empty)
                .SetProperty(x => x.Municipality, string.Empty)
                .SetProperty(x => x.PostalCode, (string?)null), ct);
    }

    /// <summary>
    /// Every date the statistics may take this person's age on: detections, referrals sent and acknowledged, the
    /// procedure's opening and events (its milestones, documents and exit are all event dates). More dates than
    /// needed only make the generalised date finer, never wrong.
    /// </summary>
    private async Task<List<LocalDate>> CountedDatesAsync(Guid caseId, CancellationToken ct)
    {
        var detected = await db.Set<SignalPerson>().Where(p => p.CaseId == caseId)
            .Join(db.Signals, p => p.SignalId, s => s.Id, (p, s) => s.DetectedAt).ToListAsync(ct);
        var referred = await db.Referrals.Where(r => r.CaseId == caseId).Select(r => new { r.SentAt, r.AcknowledgedAt }).ToListAsync(ct);
        var procedures = await db.Procedures.Where(p => p.CaseId == caseId).Select(p => new { p.Id, p.OpenedOn }).ToListAsync(ct);
        var ids = procedures.Select(p => p.Id).ToList();
        var events = await db.Set<ProcedureEventRecord>().Where(e => ids.Contains(e.ProcedureId)).Select(e => e.Date).ToListAsync(ct);
        return
        [
            .. detected.Select(At),
            .. referred.Select(r => At(r.SentAt)),
            .. referred.Where(r => r.AcknowledgedAt is not null).Select(r => At(r.AcknowledgedAt!.Value)),
            .. procedures.Select(p => p.OpenedOn),
            .. events,
        ];

        static LocalDate At(DateTimeOffset at) => StatisticsSource.DateOf(Instant.FromDateTimeOffset(at));
    }
}
