using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// Reads of the register. The office's prosecutors see their cases in full. An organisation working on a victim's
/// file sees, for that file only, where the case stands and the victim's roles and damages. Anyone else is told
/// the case does not exist. Reads that show a victim's roles or damages are audited.
/// </summary>
public sealed class ProceedingsQueries(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, OfficeStaff staff, ProceedingsViewBuilder views,
    CaseLawExtract caseLaw, IStringLocalizer<SharedResource> localizer)
{
    public const int MaxRows = 500;
    public const int FirstCaseLawYear = 1990;

    public async Task<ProceedingsOutcome> ReadAsync(Guid id, LocalDate? asOf, string? purpose, CancellationToken ct)
    {
        if (me.OrganisationId is not { } organisation)
        {
            return ProceedingsOutcome.NotFound();
        }

        var record = await WithHistories().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (record is null)
        {
            return ProceedingsOutcome.NotFound();
        }

        var ownOffice = IsOwnOffice(record);
        var links = ownOffice ? [] : await LinksOfOwnFilesAsync(organisation, l => l.ProceedingsId == record.Id, ct);
        if (!ownOffice && links.Count == 0)
        {
            return ProceedingsOutcome.NotFound();
        }

        var today = LegalCalendar.Today(clock);
        var date = asOf ?? today;
        if (date < record.OpenedOn)
        {
            return ProceedingsOutcome.Invalid(new Validation(localizer).Require(false, "asOf", "The notice was opened on {0}: there is nothing to show before.",
                record.OpenedOn.ToDateOnly()));
        }

        var state = record.State(today);
        audit.Record(AuditEventType.ProceedingsViewed, "Proceedings", record.Id.ToString(), purpose: AuditLog.Purpose(purpose), details: asOf?.ToDateOnly().ToString("O"));
        await db.SaveChangesAsync(ct);
        return ownOffice
            ? ProceedingsOutcome.Done(await views.FullAsync(record, state, date, ct))
            : ProceedingsOutcome.Done(await views.StatusAsync(record, state, date, links, ct));
    }

    /// <summary>The cases a file is linked to, each with that file's roles and damages only; null when the file is not the caller's to see.</summary>
    public async Task<IReadOnlyList<ProceedingsStatusView>?> ForCaseAsync(Guid caseId, string? purpose, CancellationToken ct)
    {
        if (me.OrganisationId is not { } organisation
            || !await db.Cases.AnyAsync(c => c.Id == caseId && c.Involvements.Any(i => i.OrganisationId == organisation), ct))
        {
            return null;
        }

        var links = await db.VictimLinks.AsNoTracking().Where(l => l.CaseId == caseId).ToListAsync(ct);
        var ids = links.Select(l => l.ProceedingsId).ToList();
        var records = await WithHistories().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var today = LegalCalendar.Today(clock);
        var result = new List<ProceedingsStatusView>();
        foreach (var record in records.OrderBy(r => r.OpenedOn))
        {
            result.Add(await views.StatusAsync(record, record.State(today), today, [.. links.Where(l => l.ProceedingsId == record.Id)], ct));
        }

        audit.Record(AuditEventType.CaseProceedingsViewed, "Case", caseId.ToString(), purpose: AuditLog.Purpose(purpose));
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>
    /// A prosecutor's office's register, the cases with an appeal period running first (soonest last day first),
    /// then the newest. For an organisation working on victims' files: the cases those files are linked to, without
    /// the magistrate.
    /// </summary>
    public async Task<IReadOnlyList<ProceedingsRow>> ListAsync(CancellationToken ct)
    {
        if (me.OrganisationId is not { } organisation)
        {
            return [];
        }

        var prosecutor = me.Roles.Contains(Role.Prosecutor);
        var query = prosecutor
            ? WithHistories().Where(p => p.OfficeId == organisation)
            : WithHistories().Where(p => db.VictimLinks.Any(l => l.ProceedingsId == p.Id
                && db.Cases.Any(c => c.Id == l.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation))));
        var records = await query.OrderByDescending(p => p.OpenedOn).Take(MaxRows).ToListAsync(ct);
        var today = LegalCalendar.Today(clock);
        var officeIds = records.Select(r => r.OfficeId).Distinct().ToList();
        var offices = await db.Organisations.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var states = records.Select(r => (Record: r, State: r.State(today))).ToList();
        var names = prosecutor
            ? await staff.NamesAsync(states.Select(s => Guid.Parse(s.State.MagistrateOn(today)!.MagistrateId)).Distinct().ToList(), ct)
            : [];
        return states
            .Select(s => new ProceedingsRow(s.Record.Id, s.Record.NoticeNumber, s.Record.OfficeId, offices.GetValueOrDefault(s.Record.OfficeId, string.Empty),
                s.Record.OpenedOn.ToDateOnly(), s.State.Status, s.State.Events[^1].Date.ToDateOnly(),
                prosecutor ? names.GetValueOrDefault(Guid.Parse(s.State.MagistrateOn(today)!.MagistrateId)) : null,
                ProceedingsReading.AppealOpenUntil(s.State, today)?.ToDateOnly()))
            .OrderBy(r => r.AppealOpenUntil is null).ThenBy(r => r.AppealOpenUntil).ThenByDescending(r => r.OpenedOn)
            .ToList();
    }

    /// <summary>
    /// Every judgment delivered in <paramref name="year"/>, by any office, for the case-law chapter: the office, the
    /// date, the outcome, the exploitation category and whether trafficking was retained. Nothing that leads to a
    /// person or a file.
    /// </summary>
    public async Task<IReadOnlyList<CaseLawJudgment>> CaseLawAsync(int year, CancellationToken ct)
    {
        var judgments = await caseLaw.JudgmentsAsync(year, ct);
        audit.Record(AuditEventType.CaseLawViewed, details: $"year {year}: {judgments.Count} judgments");
        await db.SaveChangesAsync(ct);
        return judgments;
    }

    /// <summary>A file the caller's organisation works on, by the reference people read and say aloud.</summary>
    public Task<Guid?> FindOwnFileAsync(string? reference, CancellationToken ct)
    {
        var wanted = (reference ?? string.Empty).Trim().ToUpperInvariant();
        var organisation = me.OrganisationId;
        return db.Cases.Where(c => c.Reference == wanted && c.Involvements.Any(i => i.OrganisationId == organisation)).Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(ct);
    }

    public bool IsOwnOffice(ProceedingsRecord record) => record.OfficeId == me.OrganisationId && me.Roles.Contains(Role.Prosecutor);

    private IQueryable<ProceedingsRecord> WithHistories() =>
        db.CriminalProceedings.AsNoTracking().Include(p => p.Events).Include(p => p.Magistrates).AsSplitQuery();

    private async Task<List<VictimLinkRecord>> LinksOfOwnFilesAsync(Guid organisation, System.Linq.Expressions.Expression<Func<VictimLinkRecord, bool>> filter,
        CancellationToken ct) =>
        await db.VictimLinks.AsNoTracking().Where(filter)
            .Where(l => db.Cases.Any(c => c.Id == l.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)))
            .OrderBy(l => l.LinkedAt).ToListAsync(ct);
}
