using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// The judgments of a year for the case-law chapter, by any office: the office, the date, the outcome, the
/// exploitation category, whether trafficking was retained and whether it was given on appeal. Nothing that leads to
/// a person or a file: no name, no file, no notice number is selected. Callers audit the read as theirs.
/// </summary>
public sealed class CaseLawExtract(AppDbContext db)
{
    public async Task<IReadOnlyList<CaseLawJudgment>> JudgmentsAsync(int year, CancellationToken ct)
    {
        var from = new LocalDate(year, 1, 1);
        var to = new LocalDate(year, 12, 31);
        var rows = await db.CriminalProceedingsEvents.AsNoTracking()
            .Where(e => e.Kind == ProceedingsEventKind.JudgmentDelivered && e.Date >= from && e.Date <= to)
            .Join(db.CriminalProceedings, e => e.ProceedingsId, p => p.Id, (e, p) => new
            {
                e.Date,
                e.Outcome,
                e.Exploitation,
                e.TraffickingRetained,
                // A judgment after an appeal is the appeal court's.
                OnAppeal = db.CriminalProceedingsEvents.Any(a => a.ProceedingsId == e.ProceedingsId && a.Kind == ProceedingsEventKind.AppealLodged && a.Sequence < e.Sequence),
                Office = p.OfficeId,
            })
            .ToListAsync(ct);
        var officeIds = rows.Select(r => r.Office).Distinct().ToList();
        var offices = await db.Organisations.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return rows
            .Select(r => new CaseLawJudgment(offices.GetValueOrDefault(r.Office)?.Name ?? string.Empty, offices.GetValueOrDefault(r.Office)?.JudicialDistrict,
                r.Date.ToDateOnly(), r.Outcome!.Value, r.Exploitation!.Value, r.TraffickingRetained!.Value, r.OnAppeal))
            .OrderBy(j => j.Date).ThenBy(j => j.Office, StringComparer.Ordinal)
            .ToList();
    }
}
