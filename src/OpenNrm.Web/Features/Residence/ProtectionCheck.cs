using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Residence;

/// <summary>
/// The non-refoulement question a police officer, the Dublin unit or the return unit asks before a measure:
/// "is this person protected by a trafficking signal or a pending procedure?" The answer is yes or no and nothing else: no file, no
/// centre, no stage (Immigration Office practice, EMN Belgium 2022 section 5.2). Matching is on the keyed hash of
/// the normalised name, so the question itself reveals no name to the database.
/// </summary>
public sealed class ProtectionCheck(AppDbContext db, BlindIndex blindIndex, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> IsProtectedAsync(string personName, CancellationToken ct)
    {
        var index = blindIndex.Compute(personName);
        var today = LegalCalendar.Today(clock);
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Events)
            .Where(p => db.Cases.Any(c => c.Id == p.CaseId && c.NameIndex == index))
            .ToListAsync(ct);
        // A third-country national on whom a trafficking signal was recorded is protected from the signal on, before
        // any procedure is opened: no return measure from interception (Immigration Office practice, EMN 2022 s. 5.2).
        var signalled = await db.Signals.AsNoTracking()
            .AnyAsync(s => s.Persons.Any(p => p.Citizenship == Domain.Detection.CitizenshipGroup.ThirdCountry
                && db.Cases.Any(c => c.Id == p.CaseId && c.NameIndex == index)), ct);
        var hit = signalled || procedures.Any(p => ProcedureEvaluator.Evaluate(p.History(), today).ReturnMeasuresBarred);
        // The hashed name is not stored either: the audit row says a check happened and what it answered.
        audit.Record(AuditEventType.ProtectionChecked, details: hit ? "hit" : "no hit");
        await db.SaveChangesAsync(ct);
        return hit;
    }
}
