using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Residence;

/// <summary>The answer: protected or not, and whom to call. Never the file, the centre or the stage.</summary>
public sealed record ProtectionAnswer(bool Protected, string? Contact);

/// <summary>
/// The non-refoulement question a police officer, the Dublin unit or the return unit asks before a measure:
/// "is this person protected by a trafficking signal or a pending procedure?" The answer is yes or no, with the
/// THB unit to contact on a yes, and nothing else (Immigration Office practice, EMN Belgium 2022 section 5.2).
/// Matching is on keyed hashes of spelling-independent name keys (Nguyễn and Nguyen, Mohamed and Muhammad, names
/// in any order), so the question reveals no name to the database and no name is decrypted to answer it. A false
/// "protected" costs a phone call; a false "no record" can cost a deportation: the keys are built for the first.
/// </summary>
public sealed class ProtectionCheck(AppDbContext db, NameKeyIndex keys, BlindIndex blindIndex, AuditLog audit, TimeProvider clock)
{
    public async Task<ProtectionAnswer> CheckAsync(string personName, IReadOnlyList<string>? aliases, string? purpose, CancellationToken ct)
    {
        var hashes = keys.Hashes(personName, string.Join(',', aliases ?? []));
        var exact = new[] { personName }.Concat(aliases ?? []).Select(blindIndex.Compute).ToList();
        var today = LegalCalendar.Today(clock);
        // Only namesakes whose file may protect (a third-country national's signal person or a procedure, marked by
        // the database itself whatever wrote them): the others cannot be protected, and a common name has hundreds.
        var byKeys = db.CaseNameKeys.Where(k => k.MayProtect && hashes.Contains(k.KeyHash)).Select(k => k.CaseId);
        var byExactName = db.Cases.Where(c => c.MayProtect && exact.Contains(c.NameIndex)).Select(c => c.Id);
        var thirdCountry = db.Set<Detection.SignalPerson>().AsNoTracking().Where(p => p.Citizenship == Domain.Detection.CitizenshipGroup.ThirdCountry);
        // UNION ALL, not UNION: a duplicate costs nothing here, and a UNION would read every namesake before the first answer.
        var candidates = byKeys.Concat(byExactName);
        // A third-country national on whom a trafficking signal was recorded is protected from the signal on, before
        // any procedure is opened: no return measure from interception (Immigration Office practice, EMN 2022 s. 5.2).
        // Asked as "does any matching file have such a signal person", from the name keys' index through the files'
        // index of signal persons, so the database stops at the first one: a common name matching hundreds of files
        // costs one hit, not hundreds of rows. (Asking it together with the procedures' question made hits slower:
        // p50 3.9 ms against 2.6 at a million persons.)
        var hit = await candidates.AnyAsync(id => thirdCountry.Any(p => p.CaseId == id), ct);
        // Without such a signal, a procedure may still protect: first whether any matching file has one at all (the
        // same early stop; most namesakes of an EU citizen have none), then those procedures, pending ones first.
        if (!hit && await candidates.AnyAsync(id => db.Procedures.Any(p => p.CaseId == id), ct))
        {
            var files = (await candidates.ToListAsync(ct)).Distinct().ToList();
            // Each pending procedure bars return measures, so the others (a permanent permit, an ended procedure)
            // are read only when no pending one answers.
            foreach (var pending in new[] { true, false })
            {
                if (hit)
                {
                    break;
                }

                var procedures = await db.Procedures.AsNoTracking().Include(p => p.Events)
                    .Where(p => files.Contains(p.CaseId) && p.IsPending == pending).ToListAsync(ct);
                hit = procedures.Any(p => ProcedureEvaluator.Evaluate(p.History(), today).ReturnMeasuresBarred);
            }
        }

        // Neither the name nor its hashes are kept: the audit row says who asked, why, and what the answer was.
        audit.Record(AuditEventType.ProtectionChecked, purpose: AuditLog.Purpose(purpose), details: hit ? "hit" : "no hit");
        await db.SaveChangesAsync(ct);
        var contact = hit ? await db.Organisations.Where(o => o.Code == "IO-THB").Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        return new ProtectionAnswer(hit, contact);
    }
}
